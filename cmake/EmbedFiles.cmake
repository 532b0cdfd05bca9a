# qbcheck_embed_files(TARGET <lib> NAMESPACE_FILE <out.cpp> FILES <name=path>...)
# Compiles data files (the rule set, the SME table, the message catalogue) into the binary so qbcheck
# works from any folder. Each file becomes a byte array; util/embedded_files.hpp looks them up by name.
function(qbcheck_embed_files target)
  cmake_parse_arguments(ARG "" "OUTPUT" "FILES" ${ARGN})
  set(depends)
  set(args)
  foreach(entry IN LISTS ARG_FILES)
    string(REPLACE "=" ";" pair "${entry}")
    list(GET pair 1 path)
    list(APPEND depends "${path}")
    list(APPEND args "${entry}")
  endforeach()
  string(REPLACE ";" "|" joined "${args}")
  add_custom_command(
    OUTPUT "${ARG_OUTPUT}"
    COMMAND ${CMAKE_COMMAND} "-DENTRIES=${joined}" "-DOUTPUT=${ARG_OUTPUT}"
            -P "${CMAKE_CURRENT_FUNCTION_LIST_DIR}/GenerateEmbedded.cmake"
    DEPENDS ${depends} "${CMAKE_CURRENT_FUNCTION_LIST_DIR}/GenerateEmbedded.cmake"
    COMMENT "Embedding data files into ${ARG_OUTPUT}"
    VERBATIM)
  target_sources(${target} PRIVATE "${ARG_OUTPUT}")
endfunction()
