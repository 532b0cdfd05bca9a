# Warning flags every qbcheck target compiles with (ccache's standard_warnings pattern).
add_library(qbcheck_warnings INTERFACE)
target_compile_options(qbcheck_warnings INTERFACE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor)

if(QBCHECK_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()
