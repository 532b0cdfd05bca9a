#include "support/docx_builder.hpp"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <map>
#include <stdexcept>
#include <system_error>

#include "docx/package_writer.hpp"

namespace qb::test {

namespace {

constexpr std::string_view k_declaration = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)";
constexpr std::string_view k_wml = "application/vnd.openxmlformats-officedocument.wordprocessingml.";

struct Namespaces
{
  std::string w, r, m, wp, a, pic, relationships_base;
};

Namespaces namespaces(bool strict)
{
  if (strict) {
    return {"http://purl.oclc.org/ooxml/wordprocessingml/main",
            "http://purl.oclc.org/ooxml/officeDocument/relationships",
            "http://purl.oclc.org/ooxml/officeDocument/math",
            "http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing",
            "http://purl.oclc.org/ooxml/drawingml/main",
            "http://purl.oclc.org/ooxml/drawingml/picture",
            "http://purl.oclc.org/ooxml/officeDocument/relationships/"};
  }
  return {"http://schemas.openxmlformats.org/wordprocessingml/2006/main",
          "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
          "http://schemas.openxmlformats.org/officeDocument/2006/math",
          "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
          "http://schemas.openxmlformats.org/drawingml/2006/main",
          "http://schemas.openxmlformats.org/drawingml/2006/picture",
          "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"};
}

// The namespace declarations Word puts on the root of every WordprocessingML part.
std::string declarations(const Namespaces& ns)
{
  return " xmlns:w=\"" + ns.w + "\" xmlns:r=\"" + ns.r + "\" xmlns:m=\"" + ns.m +
         "\" xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" xmlns:wp=\"" + ns.wp +
         "\" xmlns:wp14=\"http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing\" xmlns:a=\"" +
         ns.a + "\" xmlns:pic=\"" + ns.pic +
         "\" xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\""
         " xmlns:wpg=\"http://schemas.microsoft.com/office/word/2010/wordprocessingGroup\""
         " xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\""
         " xmlns:w10=\"urn:schemas-microsoft-com:office:word\""
         " xmlns:w14=\"http://schemas.microsoft.com/office/word/2010/wordml\""
         " xmlns:w15=\"http://schemas.microsoft.com/office/word/2012/wordml\" mc:Ignorable=\"w14 w15 wp14\"";
}

std::string word_part(std::string_view root, const std::string& inner, const Namespaces& ns)
{
  return std::string(k_declaration) + "<w:" + std::string(root) + declarations(ns) + ">" + inner +
         "</w:" + std::string(root) + ">";
}

std::string default_theme(const Namespaces& ns)
{
  return std::string(k_declaration) + "<a:theme xmlns:a=\"" + ns.a +
         "\" name=\"Office Theme\"><a:themeElements>"
         "<a:clrScheme name=\"Office\"><a:dk1><a:sysClr val=\"windowText\" lastClr=\"000000\"/></a:dk1>"
         "<a:lt1><a:sysClr val=\"window\" lastClr=\"FFFFFF\"/></a:lt1></a:clrScheme>"
         "<a:fontScheme name=\"Office\">"
         "<a:majorFont><a:latin typeface=\"Calibri Light\"/><a:ea typeface=\"\"/><a:cs typeface=\"\"/>"
         "<a:font script=\"Hans\" typeface=\"等线 Light\"/></a:majorFont>"
         "<a:minorFont><a:latin typeface=\"Calibri\"/><a:ea typeface=\"\"/><a:cs typeface=\"\"/>"
         "<a:font script=\"Hans\" typeface=\"等线\"/></a:minorFont>"
         "</a:fontScheme></a:themeElements></a:theme>";
}

std::string escape(std::string_view text)
{
  std::string out;
  for (char c : text) {
    switch (c) {
    case '&': out += "&amp;"; break;
    case '<': out += "&lt;"; break;
    case '>': out += "&gt;"; break;
    case '"': out += "&quot;"; break;
    default: out += c;
    }
  }
  return out;
}

std::string default_content_type(std::string_view name)
{
  const std::size_t dot = name.rfind('.');
  const std::string_view extension = dot == std::string_view::npos ? "" : name.substr(dot + 1);
  if (extension == "png") {
    return "image/png";
  }
  if (extension == "jpeg" || extension == "jpg") {
    return "image/jpeg";
  }
  if (extension == "emf") {
    return "image/x-emf";
  }
  return "application/octet-stream";
}

// Collects relationships and writes a .rels part.
class RelsWriter
{
public:
  void add(const std::string& type, const std::string& target)
  {
    m_xml += "<Relationship Id=\"rId" + std::to_string(++m_count) + "\" Type=\"" + escape(type) +
             "\" Target=\"" + escape(target) + "\"/>";
  }
  std::string xml() const
  {
    return std::string(k_declaration) +
           "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" + m_xml +
           "</Relationships>";
  }

private:
  std::string m_xml;
  int m_count = 0;
};

} // namespace

DocxBuilder& DocxBuilder::body(std::string inner_xml)
{
  m_body = std::move(inner_xml);
  return *this;
}

DocxBuilder& DocxBuilder::styles(std::string inner_xml)
{
  m_styles = std::move(inner_xml);
  return *this;
}

DocxBuilder& DocxBuilder::numbering(std::string inner_xml)
{
  m_numbering = std::move(inner_xml);
  return *this;
}

DocxBuilder& DocxBuilder::theme(std::string full_xml)
{
  m_theme = std::move(full_xml);
  return *this;
}

DocxBuilder& DocxBuilder::settings(std::string inner_xml)
{
  m_settings = std::move(inner_xml);
  return *this;
}

DocxBuilder& DocxBuilder::footnotes(std::string inner_xml)
{
  m_footnotes = std::move(inner_xml);
  return *this;
}

DocxBuilder& DocxBuilder::endnotes(std::string inner_xml)
{
  m_endnotes = std::move(inner_xml);
  return *this;
}

DocxBuilder& DocxBuilder::comments(std::string inner_xml)
{
  m_comments = std::move(inner_xml);
  return *this;
}

DocxBuilder& DocxBuilder::app(std::string full_xml)
{
  m_app = std::move(full_xml);
  return *this;
}

DocxBuilder& DocxBuilder::core(std::string full_xml)
{
  m_core = std::move(full_xml);
  return *this;
}

DocxBuilder& DocxBuilder::part(std::string name, std::string bytes, std::string relationship_type,
                               std::string content_type)
{
  m_extras.push_back(
      {std::move(name), std::move(bytes), std::move(relationship_type), std::move(content_type)});
  return *this;
}

DocxBuilder& DocxBuilder::strict()
{
  m_strict = true;
  return *this;
}

std::vector<std::pair<std::string, std::string>> DocxBuilder::assemble() const
{
  const Namespaces ns = namespaces(m_strict);
  const std::string& base = ns.relationships_base;
  std::vector<std::pair<std::string, std::string>> parts;
  std::map<std::string, std::string> overrides; // part name -> content type
  std::map<std::string, std::string> defaults{
      {"rels", "application/vnd.openxmlformats-package.relationships+xml"}, {"xml", "application/xml"}};
  RelsWriter package_rels;
  RelsWriter document_rels;

  parts.emplace_back("word/document.xml", word_part("document", "<w:body>" + m_body + "</w:body>", ns));
  overrides["/word/document.xml"] = std::string(k_wml) + "document.main+xml";
  package_rels.add(base + "officeDocument", "word/document.xml");

  auto add_word_part = [&](const std::string& file, std::string_view kind, std::string xml) {
    parts.emplace_back("word/" + file, std::move(xml));
    overrides["/word/" + file] = std::string(k_wml) + std::string(kind) + "+xml";
    document_rels.add(base + std::string(kind), file);
  };
  add_word_part("styles.xml", "styles", word_part("styles", m_styles, ns));
  if (m_numbering) {
    add_word_part("numbering.xml", "numbering", word_part("numbering", *m_numbering, ns));
  }
  if (m_settings) {
    add_word_part("settings.xml", "settings", word_part("settings", *m_settings, ns));
  }
  if (m_footnotes) {
    add_word_part("footnotes.xml", "footnotes", word_part("footnotes", *m_footnotes, ns));
  }
  if (m_endnotes) {
    add_word_part("endnotes.xml", "endnotes", word_part("endnotes", *m_endnotes, ns));
  }
  if (m_comments) {
    add_word_part("comments.xml", "comments", word_part("comments", *m_comments, ns));
  }
  parts.emplace_back("word/theme/theme1.xml", m_theme ? *m_theme : default_theme(ns));
  overrides["/word/theme/theme1.xml"] = "application/vnd.openxmlformats-officedocument.theme+xml";
  document_rels.add(base + "theme", "theme/theme1.xml");

  if (m_core) {
    parts.emplace_back("docProps/core.xml", *m_core);
    overrides["/docProps/core.xml"] = "application/vnd.openxmlformats-package.core-properties+xml";
    package_rels.add("http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
                     "docProps/core.xml");
  }
  if (m_app) {
    parts.emplace_back("docProps/app.xml", *m_app);
    overrides["/docProps/app.xml"] = "application/vnd.openxmlformats-officedocument.extended-properties+xml";
    package_rels.add(base + (m_strict ? "extendedProperties" : "extended-properties"), "docProps/app.xml");
  }

  for (const Extra& extra : m_extras) {
    auto same =
        std::find_if(parts.begin(), parts.end(), [&](const auto& p) { return p.first == extra.name; });
    const bool replaces = same != parts.end();
    if (replaces) {
      same->second = extra.bytes;
    } else {
      parts.emplace_back(extra.name, extra.bytes);
    }
    if (!extra.content_type.empty()) {
      overrides["/" + extra.name] = extra.content_type;
    } else if (!replaces && extra.name.size() > 4 && extra.name.substr(extra.name.size() - 4) != ".xml") {
      defaults.emplace(extra.name.substr(extra.name.rfind('.') + 1), default_content_type(extra.name));
    }
    if (!extra.relationship_type.empty()) {
      const bool full = extra.relationship_type.find("://") != std::string::npos;
      const bool in_word = extra.name.rfind("word/", 0) == 0;
      document_rels.add(full ? extra.relationship_type : base + extra.relationship_type,
                        in_word ? extra.name.substr(5) : "../" + extra.name);
    }
  }

  std::string types = std::string(k_declaration) +
                      "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">";
  for (const auto& [extension, type] : defaults) {
    types += "<Default Extension=\"" + escape(extension) + "\" ContentType=\"" + escape(type) + "\"/>";
  }
  for (const auto& [name, type] : overrides) {
    types += "<Override PartName=\"" + escape(name) + "\" ContentType=\"" + escape(type) + "\"/>";
  }
  types += "</Types>";

  parts.insert(parts.begin(), {{"[Content_Types].xml", types},
                               {"_rels/.rels", package_rels.xml()},
                               {"word/_rels/document.xml.rels", document_rels.xml()}});
  return parts;
}

docx::MemoryParts DocxBuilder::parts(std::string file) const
{
  docx::MemoryParts parts(std::move(file));
  for (auto& [name, bytes] : assemble()) {
    parts.add(std::move(name), std::move(bytes));
  }
  return parts;
}

std::string DocxBuilder::zip_bytes() const
{
  docx::PackageWriter writer;
  for (auto& [name, bytes] : assemble()) {
    writer.add(std::move(name), std::move(bytes));
  }
  return writer.to_bytes();
}

std::filesystem::path DocxBuilder::write(const std::filesystem::path& path) const
{
  docx::PackageWriter writer;
  for (auto& [name, bytes] : assemble()) {
    writer.add(std::move(name), std::move(bytes));
  }
  writer.write(path);
  return path;
}

std::string paragraph(std::string_view text, std::string_view run_props, std::string_view para_props)
{
  std::string xml = "<w:p>";
  if (!para_props.empty()) {
    xml += "<w:pPr>" + std::string(para_props) + "</w:pPr>";
  }
  xml += "<w:r>";
  if (!run_props.empty()) {
    xml += "<w:rPr>" + std::string(run_props) + "</w:rPr>";
  }
  xml += "<w:t xml:space=\"preserve\">" + escape(text) + "</w:t></w:r></w:p>";
  return xml;
}

TempDir::TempDir()
{
  std::string pattern = "/tmp/qbcheck-test-XXXXXX";
  if (mkdtemp(pattern.data()) == nullptr) {
    throw std::runtime_error("cannot create a temporary folder under /tmp");
  }
  m_path = pattern;
}

TempDir::~TempDir()
{
  std::error_code ignored;
  std::filesystem::remove_all(m_path, ignored);
}

std::filesystem::path TempDir::file(std::string_view name) const
{
  return m_path / std::string(name);
}

std::filesystem::path TempDir::write(std::string_view name, std::string_view bytes) const
{
  const std::filesystem::path path = file(name);
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  out.close();
  if (!out) {
    throw std::runtime_error("cannot write " + path.string());
  }
  return path;
}

} // namespace qb::test
