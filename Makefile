# The README's two commands: `make demo` and `make test`. Both install what they need (scripts/bootstrap).
BUILD_DIR ?= build
JOBS ?= $(shell nproc)
CMAKE_FLAGS ?=

.PHONY: all bootstrap configure build demo test test-sanitize fuzz-build fuzz bench clean format

all: build

bootstrap:
	@scripts/bootstrap

configure: bootstrap
	@cmake -S . -B $(BUILD_DIR) -DCMAKE_BUILD_TYPE=RelWithDebInfo $(CMAKE_FLAGS) >/dev/null

build: configure
	@cmake --build $(BUILD_DIR) -j $(JOBS)

demo: build
	@scripts/demo $(BUILD_DIR)/qbcheck

test: build
	@cd $(BUILD_DIR) && ctest --output-on-failure -j $(JOBS)

test-sanitize:
	@$(MAKE) --no-print-directory test BUILD_DIR=build-sanitize CMAKE_FLAGS="-DQBCHECK_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug"

# libFuzzer targets (docs/fuzzing.md): clang-14, ASan+UBSan, in their own build folder.
FUZZ_BUILD_DIR ?= build-fuzz
FUZZ_SECONDS ?= 60
FUZZ_TARGETS ?=

fuzz-build:
	@scripts/bootstrap --with fuzz
	@cmake -S . -B $(FUZZ_BUILD_DIR) -DCMAKE_CXX_COMPILER=clang++-14 -DCMAKE_BUILD_TYPE=RelWithDebInfo \
	  -DQBCHECK_FUZZ=ON -DQBCHECK_BUILD_TESTS=OFF >/dev/null
	@cmake --build $(FUZZ_BUILD_DIR) -j $(JOBS) --target fuzz_targets

fuzz: fuzz-build
	@fuzz/run_fuzzers.sh $(FUZZ_BUILD_DIR) $(FUZZ_SECONDS) $(FUZZ_TARGETS)

# qbcheck against the floor (inflating only), python-docx and pandoc on BENCH_DOCS generated documents
# (docs/performance.md). Timing needs an optimised build: the RelWithDebInfo one `configure` makes.
BENCH_DOCS ?= 200

bench: configure
	@scripts/bootstrap --with bench
	@cmake --build $(BUILD_DIR) -j $(JOBS) --target qbcheck inflate_floor
	@bench/run --build-dir $(BUILD_DIR) --docs $(BENCH_DOCS)

format:
	@clang-format -i $$(git ls-files '*.cpp' '*.hpp')

clean:
	@rm -rf $(BUILD_DIR) build-sanitize $(FUZZ_BUILD_DIR)
