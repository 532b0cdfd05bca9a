#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "docx/memory_parts.hpp"

namespace qb::test {

// Builds a small .docx from XML fragments, laid out the way Word writes one: [Content_Types].xml,
// _rels/.rels, word/document.xml with its relationships, word/styles.xml and word/theme/theme1.xml always,
// and the other parts only when set.
class DocxBuilder
{
public:
  // The inside of <w:body>. The builder declares the usual namespaces on <w:document> (w r m mc wp wp14 a pic
  // wps wpg v o w10 w14 w15, with mc:Ignorable="w14 w15 wp14" as Word writes) and adds nothing else.
  DocxBuilder& body(std::string inner_xml);
  // The inside of <w:styles>; default: an empty styles part.
  DocxBuilder& styles(std::string inner_xml);
  // The inside of <w:numbering>; the part is omitted when this is never called.
  DocxBuilder& numbering(std::string inner_xml);
  // The whole theme part. Default: a minimal Office theme (minor: latin Calibri, ea "", Hans 等线; major:
  // latin "Calibri Light", ea "", Hans "等线 Light").
  DocxBuilder& theme(std::string full_xml);
  // The insides of <w:settings>, <w:footnotes>, <w:endnotes>, <w:comments>; each omitted when never called.
  DocxBuilder& settings(std::string inner_xml);
  DocxBuilder& footnotes(std::string inner_xml);
  DocxBuilder& endnotes(std::string inner_xml);
  DocxBuilder& comments(std::string inner_xml);
  // docProps/app.xml and docProps/core.xml, whole; omitted when never called.
  DocxBuilder& app(std::string full_xml);
  DocxBuilder& core(std::string full_xml);
  // An extra part, or the replacement of a part the builder writes (same name: its bytes, and its content
  // type when `content_type` is given). With `relationship_type` (a full URI, or a short name such as
  // "header" that gets the officeDocument relationships base) it is linked from word/_rels/document.xml.rels.
  DocxBuilder& part(std::string name, std::string bytes, std::string relationship_type = {},
                    std::string content_type = {});
  // Write Strict OOXML namespaces and relationship types instead of Transitional ones.
  DocxBuilder& strict();

  // The package as in-memory parts, labelled `file`.
  docx::MemoryParts parts(std::string file = "memory.docx") const;
  // The package as a zip archive.
  std::string zip_bytes() const;
  // Writes the zip archive to `path` and returns `path`.
  std::filesystem::path write(const std::filesystem::path& path) const;

private:
  struct Extra
  {
    std::string name;
    std::string bytes;
    std::string relationship_type;
    std::string content_type;
  };

  std::string m_body;
  std::string m_styles;
  std::optional<std::string> m_numbering;
  std::optional<std::string> m_theme;
  std::optional<std::string> m_settings;
  std::optional<std::string> m_footnotes;
  std::optional<std::string> m_endnotes;
  std::optional<std::string> m_comments;
  std::optional<std::string> m_app;
  std::optional<std::string> m_core;
  std::vector<Extra> m_extras;
  bool m_strict = false;

  // Every part of the package, [Content_Types].xml first.
  std::vector<std::pair<std::string, std::string>> assemble() const;
};

// <w:p>[<w:pPr>`para_props`</w:pPr>]<w:r>[<w:rPr>`run_props`</w:rPr>]<w:t
// xml:space="preserve">`text`</w:t></w:r></w:p> with `text` XML-escaped; the property strings are inserted as
// they are.
std::string paragraph(std::string_view text, std::string_view run_props = {},
                      std::string_view para_props = {});

// A unique folder under /tmp, removed with everything in it when the object goes.
class TempDir
{
public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::filesystem::path& path() const { return m_path; }
  // `path() / name` (nothing is created).
  std::filesystem::path file(std::string_view name) const;
  // Writes `bytes` to `path() / name` and returns that path. Throws std::runtime_error when it cannot.
  std::filesystem::path write(std::string_view name, std::string_view bytes) const;

private:
  std::filesystem::path m_path;
};

} // namespace qb::test
