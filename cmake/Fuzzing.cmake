# QBCHECK_FUZZ=ON builds the libFuzzer targets in fuzz/ (docs/fuzzing.md). Only clang has libFuzzer: every
# target of this build (qbcheck_lib included) gets coverage instrumentation and ASan+UBSan; the fuzz targets
# themselves link libFuzzer's main (fuzz/CMakeLists.txt).
option(QBCHECK_FUZZ "Build the libFuzzer targets in fuzz/ (clang only, with ASan and UBSan)" OFF)

if(QBCHECK_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "QBCHECK_FUZZ needs clang (libFuzzer): configure with -DCMAKE_CXX_COMPILER=clang++-14")
  endif()
  add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer
                      -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()
