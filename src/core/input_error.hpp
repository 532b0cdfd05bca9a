#pragma once

#include <cstdint>
#include <exception>
#include <string>
#include <string_view>

namespace qb {

// Why a document could not be read. The string form (to_string) is part of the JSON schema: never rename.
enum class InputErrorCode {
  not_found,           // no such file
  is_directory,        // a folder where a file was expected
  unreadable,          // permission denied or an I/O error
  empty_file,          // zero bytes
  legacy_doc,          // OLE2 compound file: Word 97-2003 .doc or WPS .wps
  encrypted,           // OLE2 with an EncryptedPackage stream: a password-protected .docx
  pdf,                 // %PDF
  rtf,                 // {\rtf
  plain_text,          // text, HTML or anything else that is not a zip
  not_a_zip,           // starts like a zip but is not readable as one (truncated, corrupt)
  no_main_document,    // a zip without an officeDocument part (e.g. an .xlsx, or a zip of files)
  malformed_xml,       // a part that is not well-formed XML
  part_too_large,      // a part inflates past the configured cap
  too_many_entries,    // more zip entries than any real document has
  not_wordprocessing,  // the main part is not a WordprocessingML document
  too_many_paragraphs, // more paragraphs than any real document has (ReadLimits::max_paragraphs)
  too_many_elements,   // an XML part with more elements than any real document has
                       // (ReadLimits::max_xml_elements)
};

// Stable id, e.g. "legacy_doc".
std::string_view to_string(InputErrorCode code);

// Thrown by document loading; caught once per file by the pipeline and turned into an `error` status.
// The user-facing message is rendered from the message catalogue (id "input.<code>") with these fields.
class InputError : public std::exception
{
public:
  InputError(InputErrorCode code, std::string file, std::string detail = {}, std::string part = {},
             std::int64_t line = 0);

  InputErrorCode code() const { return m_code; }
  const std::string& file() const { return m_file; }
  // Free text from the library that failed (libzip, pugixml), in English; may be empty.
  const std::string& detail() const { return m_detail; }
  // The package part concerned (e.g. "word/document.xml"), or empty.
  const std::string& part() const { return m_part; }
  // 1-based line in `part` for malformed XML, 0 when unknown.
  std::int64_t line() const { return m_line; }
  // An English one-liner for logs; users see the catalogue's text.
  const char* what() const noexcept override { return m_what.c_str(); }

private:
  InputErrorCode m_code;
  std::string m_file;
  std::string m_detail;
  std::string m_part;
  std::int64_t m_line;
  std::string m_what;
};

} // namespace qb
