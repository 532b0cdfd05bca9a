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
#
# yaml-cpp likewise when Debian's libyaml-cpp-dev ships its archive (it does, built position-independent):
# one shared library fewer to map and relocate at every start (qbcheck reads YAML only for a user's files;
# the built-in rule set is compiled in). ICU stays shared: linked statically it would add ~30 MB.
get_target_property(yaml_cpp_includes yaml-cpp INTERFACE_INCLUDE_DIRECTORIES)
find_library(QBCHECK_YAML_CPP_ARCHIVE NAMES libyaml-cpp.a)
add_library(qbcheck_yaml_cpp INTERFACE)
target_include_directories(qbcheck_yaml_cpp SYSTEM INTERFACE ${yaml_cpp_includes})
if(QBCHECK_YAML_CPP_ARCHIVE)
  target_link_libraries(qbcheck_yaml_cpp INTERFACE ${QBCHECK_YAML_CPP_ARCHIVE})
else()
  target_link_libraries(qbcheck_yaml_cpp INTERFACE yaml-cpp)
endif()

add_library(qbcheck_deps INTERFACE)
target_link_libraries(qbcheck_deps INTERFACE
  CLI11::CLI11 qbcheck_yaml_cpp ICU::uc ICU::i18n pugixml::static nlohmann_json::nlohmann_json fmt::fmt
  PkgConfig::LIBZIP PkgConfig::XLSXWRITER Threads::Threads)
