#include "core/input_error.hpp"

namespace qb {

std::string_view to_string(InputErrorCode code)
{
  switch (code) {
  case InputErrorCode::not_found: return "not_found";
  case InputErrorCode::is_directory: return "is_directory";
  case InputErrorCode::unreadable: return "unreadable";
  case InputErrorCode::empty_file: return "empty_file";
  case InputErrorCode::legacy_doc: return "legacy_doc";
  case InputErrorCode::encrypted: return "encrypted";
  case InputErrorCode::pdf: return "pdf";
  case InputErrorCode::rtf: return "rtf";
  case InputErrorCode::plain_text: return "plain_text";
  case InputErrorCode::not_a_zip: return "not_a_zip";
  case InputErrorCode::no_main_document: return "no_main_document";
  case InputErrorCode::malformed_xml: return "malformed_xml";
  case InputErrorCode::part_too_large: return "part_too_large";
  case InputErrorCode::too_many_entries: return "too_many_entries";
  case InputErrorCode::not_wordprocessing: return "not_wordprocessing";
  case InputErrorCode::too_many_paragraphs: return "too_many_paragraphs";
  case InputErrorCode::too_many_elements: return "too_many_elements";
  }
  return "unknown";
}

InputError::InputError(InputErrorCode code, std::string file, std::string detail, std::string part,
                       std::int64_t line)
  : m_code(code)
  , m_file(std::move(file))
  , m_detail(std::move(detail))
  , m_part(std::move(part))
  , m_line(line)
{
  m_what = m_file + ": " + std::string(to_string(m_code));
  if (!m_part.empty()) {
    m_what += " in " + m_part;
    if (m_line > 0) {
      m_what += ":" + std::to_string(m_line);
    }
  }
  if (!m_detail.empty()) {
    m_what += ": " + m_detail;
  }
}

} // namespace qb
