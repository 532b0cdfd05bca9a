# Third-party libraries, all from Debian 12 packages (scripts/bootstrap installs them).
find_package(PkgConfig REQUIRED)
find_package(CLI11 CONFIG REQUIRED)
find_package(yaml-cpp REQUIRED)
find_package(ICU REQUIRED COMPONENTS uc i18n)
find_package(pugixml REQUIRED)
find_package(nlohmann_json REQUIRED)
find_package(fmt REQUIRED)
pkg_check_modules(LIBZIP REQUIRED IMPORTED_TARGET libzip)
pkg_check_modules(XLSXWRITER REQUIRED IMPORTED_TARGET xlsxwriter)
find_package(Threads REQUIRED)

# pugixml is linked statically (Debian's libpugixml-dev ships both): the readers call its small accessors
# (name, first_child, next_sibling) millions of times a batch, and a direct call is cheaper than one through
# the PLT (docs/performance.md).
add_library(qbcheck_deps INTERFACE)
target_link_libraries(qbcheck_deps INTERFACE
  CLI11::CLI11 yaml-cpp ICU::uc ICU::i18n pugixml::static nlohmann_json::nlohmann_json fmt::fmt
  PkgConfig::LIBZIP PkgConfig::XLSXWRITER Threads::Threads)
