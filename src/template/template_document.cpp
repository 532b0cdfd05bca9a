#include "template/template_document.hpp"

#include <algorithm>

#include "docx/memory_parts.hpp"
#include "docx/package_writer.hpp"
#include "eval/heading_text.hpp"
#include "rules/kinds/content_presence_rule.hpp"
#include "rules/kinds/part_length_rule.hpp"
#include "rules/message_catalog.hpp"
#include "rules/ruleset.hpp"
#include "template/placeholder_png.hpp"
#include "template/template_error.hpp"
#include "template/template_package.hpp"
#include "template/template_styles.hpp"
#include "template/xml_builder.hpp"
#include "text/regex.hpp"

namespace qb::templating {
namespace {

using Part = rules::RulesetData::PartDefinition;

constexpr int k_margin_top = 1440; // Word's default margins for Chinese documents: 2.54 cm and 3.17 cm
constexpr int k_margin_side = 1800;
constexpr long k_figure_width_emu = 4572000; // 12.7 cm, at the placeholder's aspect ratio
constexpr int k_first_column_share = 3;      // the example table's first column: 3/8 of the text width
constexpr int k_example_rows = 2;

// The document text of catalogue entry `id`: Chinese, because the template is a Chinese submission.
std::string zh(std::string_view id, std::initializer_list<rules::MessageArg> args = {})
{
  return rules::message(id, args).zh;
}

// The heading text of `part`: its Chinese name, which must be matched by one of its own heading patterns
// (as the outline sees a heading), or the template would not pass sections.missing.
std::string heading_text(const Part& part)
{
  const std::string key = eval::heading_key(part.name.zh);
  for (const auto& pattern : part.heading_patterns) {
    text::Regex regex;
    if (!regex.compile(pattern) && regex.search(key) == text::Regex::Status::matched) {
      return part.name.zh;
    }
  }
  std::string patterns;
  for (const auto& pattern : part.heading_patterns) {
    patterns += (patterns.empty() ? "" : ", ") + pattern;
  }
  throw TemplateError(rules::message("template.error.heading",
                                     {{"part", part.id}, {"name", part.name.zh}, {"patterns", patterns}}));
}

// The 字 limit shown for `part`: its length rule's maximum, else the part's `limit`.
std::optional<std::int64_t> limit_of(const rules::Ruleset& ruleset, const Part& part)
{
  for (const auto& rule : ruleset.rules) {
    const auto* length = dynamic_cast<const rules::PartLengthRule*>(rule.get());
    if (length != nullptr && length->part() == part.id && length->max()) {
      return length->max();
    }
  }
  return part.limit;
}

// Where the example table and figure go, and the years the table shows.
struct ExamplePlan
{
  std::string table_part;
  std::string figure_part;
  std::vector<int> years;
};

ExamplePlan plan_examples(const rules::Ruleset& ruleset)
{
  ExamplePlan plan;
  std::optional<std::int64_t> largest;
  for (const auto& part : ruleset.data.parts) {
    if (part.is_title) {
      continue;
    }
    plan.table_part = part.id; // the last part, unless a years rule names one
    const auto limit = limit_of(ruleset, part);
    if (plan.figure_part.empty() || (limit && (!largest || *limit > *largest))) {
      plan.figure_part = part.id; // the longest part: where the notice wants the data shown
      largest = limit;
    }
  }
  for (const auto& rule : ruleset.rules) {
    const auto* content = dynamic_cast<const rules::ContentPresenceRule*>(rule.get());
    if (content != nullptr && content->expected().check == rules::ContentCheck::years) {
      plan.table_part = content->expected().part;
      plan.years = content->expected().years;
      break;
    }
  }
  return plan;
}

class DocumentBuilder
{
public:
  DocumentBuilder(const rules::Ruleset& ruleset, const TemplateLooks& looks, Lang lang)
    : m_ruleset(ruleset)
    , m_looks(looks)
    , m_lang(lang)
  {
    pugi::xml_node root =
        add_element(m_document, "w:document",
                    {{"xmlns:w", "http://schemas.openxmlformats.org/wordprocessingml/2006/main"},
                     {"xmlns:r", k_relationships},
                     {"xmlns:wp", "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"},
                     {"xmlns:a", k_drawing},
                     {"xmlns:pic", k_picture}});
    m_body = add_element(root, "w:body");
  }

  std::string build()
  {
    const ExamplePlan plan = plan_examples(m_ruleset);
    for (const auto& part : m_ruleset.data.parts) {
      if (part.is_title) {
        paragraph(style_id::title, zh("template.doc.title_example"));
        guidance(part);
        continue;
      }
      paragraph(heading_style_id(m_looks, part.id), heading_text(part));
      guidance(part);
      if (part.id == plan.figure_part) {
        figure();
      }
      if (part.id == plan.table_part) {
        table(plan.years);
      }
    }
    section();
    return to_part_bytes(m_document);
  }

private:
  static constexpr const char* k_relationships =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  static constexpr const char* k_drawing = "http://schemas.openxmlformats.org/drawingml/2006/main";
  static constexpr const char* k_picture = "http://schemas.openxmlformats.org/drawingml/2006/picture";

  pugi::xml_node paragraph(const std::string& style, const std::string& text, pugi::xml_node parent = {})
  {
    pugi::xml_node p = add_element(parent ? parent : m_body, "w:p");
    add_value(add_element(p, "w:pPr"), "w:pStyle", style);
    if (!text.empty()) {
      add_element(add_element(p, "w:r"), "w:t", {{"xml:space", "preserve"}}).text().set(text.c_str());
    }
    return p;
  }

  // What the notice expects in the part and its limit, in the chosen language, marked as guidance.
  void guidance(const Part& part)
  {
    std::string text = rules::message("template.doc.guidance_label").in(m_lang);
    text +=
        part.guidance
            ? part.guidance->in(m_lang)
            : rules::message("template.doc.guidance_default", {{"part", part.name.in(m_lang)}}).in(m_lang);
    if (const auto limit = limit_of(m_ruleset, part)) {
      text += rules::message("template.doc.limit", {{"limit", std::to_string(*limit)}}).in(m_lang);
    }
    paragraph(style_id::normal, text);
  }

  void figure()
  {
    paragraph(style_id::normal, rules::message("template.doc.figure_hint").in(m_lang));
    const long height = k_figure_width_emu * k_placeholder_height / k_placeholder_width;
    const std::string cx = std::to_string(k_figure_width_emu);
    const std::string cy = std::to_string(height);
    const std::string name = zh("template.doc.figure_name");
    pugi::xml_node run = add_element(paragraph(style_id::figure, ""), "w:r");
    pugi::xml_node inline_ = add_element(add_element(run, "w:drawing"), "wp:inline",
                                         {{"distT", "0"}, {"distB", "0"}, {"distL", "0"}, {"distR", "0"}});
    add_element(inline_, "wp:extent", {{"cx", cx}, {"cy", cy}});
    add_element(inline_, "wp:docPr", {{"id", "1"}, {"name", name}, {"descr", name}});
    add_element(add_element(inline_, "wp:cNvGraphicFramePr"), "a:graphicFrameLocks",
                {{"noChangeAspect", "1"}});
    pugi::xml_node data =
        add_element(add_element(inline_, "a:graphic"), "a:graphicData", {{"uri", k_picture}});
    pugi::xml_node pic = add_element(data, "pic:pic");
    pugi::xml_node names = add_element(pic, "pic:nvPicPr");
    add_element(names, "pic:cNvPr", {{"id", "1"}, {"name", "image1.png"}});
    add_element(names, "pic:cNvPicPr");
    pugi::xml_node fill = add_element(pic, "pic:blipFill");
    add_element(fill, "a:blip", {{"r:embed", std::string(k_image_relationship)}});
    add_element(add_element(fill, "a:stretch"), "a:fillRect");
    pugi::xml_node shape = add_element(pic, "pic:spPr");
    pugi::xml_node frame = add_element(shape, "a:xfrm");
    add_element(frame, "a:off", {{"x", "0"}, {"y", "0"}});
    add_element(frame, "a:ext", {{"cx", cx}, {"cy", cy}});
    add_element(add_element(shape, "a:prstGeom", {{"prst", "rect"}}), "a:avLst");
    paragraph(style_id::figure_caption, zh("template.doc.figure_caption"));
  }

  void table(const std::vector<int>& years)
  {
    paragraph(style_id::normal, rules::message("template.doc.table_hint").in(m_lang));
    paragraph(style_id::table_caption, zh("template.doc.table_caption"));
    std::vector<std::string> header{zh("template.doc.table_indicator")};
    for (int year : years) {
      header.push_back(zh("template.doc.table_year", {{"year", std::to_string(year)}}));
    }
    if (years.empty()) {
      header.push_back(zh("template.doc.table_value"));
    }
    const int text_width = m_looks.page.width_twips - 2 * k_margin_side;
    const int first = text_width * k_first_column_share / 8;
    const int other = (text_width - first) / static_cast<int>(header.size() - 1);

    pugi::xml_node table = add_element(m_body, "w:tbl");
    pugi::xml_node properties = add_element(table, "w:tblPr");
    add_element(
        properties, "w:tblW",
        {{"w:w", std::to_string(first + other * static_cast<int>(header.size() - 1))}, {"w:type", "dxa"}});
    add_value(properties, "w:jc", "center");
    pugi::xml_node borders = add_element(properties, "w:tblBorders");
    for (const char* side : {"w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"}) {
      add_element(borders, side, {{"w:val", "single"}, {"w:sz", "4"}, {"w:space", "0"}, {"w:color", "auto"}});
    }
    pugi::xml_node grid = add_element(table, "w:tblGrid");
    for (std::size_t column = 0; column < header.size(); ++column) {
      add_element(grid, "w:gridCol", {{"w:w", std::to_string(column == 0 ? first : other)}});
    }
    std::vector<std::vector<std::string>> rows{header};
    for (int row = 1; row <= k_example_rows; ++row) {
      std::vector<std::string> cells(header.size());
      cells[0] = zh("template.doc.table_row_" + std::to_string(row));
      rows.push_back(std::move(cells));
    }
    for (const auto& cells : rows) {
      pugi::xml_node tr = add_element(table, "w:tr");
      for (std::size_t column = 0; column < cells.size(); ++column) {
        pugi::xml_node cell = add_element(tr, "w:tc");
        add_element(add_element(cell, "w:tcPr"), "w:tcW",
                    {{"w:w", std::to_string(column == 0 ? first : other)}, {"w:type", "dxa"}});
        paragraph(style_id::table_text, cells[column], cell);
      }
    }
    paragraph(style_id::normal, ""); // Word needs a paragraph between a table and what follows
  }

  void section()
  {
    pugi::xml_node properties = add_element(m_body, "w:sectPr");
    pugi::xml_node size = add_element(properties, "w:pgSz",
                                      {{"w:w", std::to_string(m_looks.page.width_twips)},
                                       {"w:h", std::to_string(m_looks.page.height_twips)}});
    if (m_looks.page.landscape) {
      size.append_attribute("w:orient").set_value("landscape");
    }
    add_element(properties, "w:pgMar",
                {{"w:top", std::to_string(k_margin_top)},
                 {"w:right", std::to_string(k_margin_side)},
                 {"w:bottom", std::to_string(k_margin_top)},
                 {"w:left", std::to_string(k_margin_side)},
                 {"w:header", "851"},
                 {"w:footer", "992"},
                 {"w:gutter", "0"}});
    add_element(properties, "w:cols", {{"w:space", "425"}});
  }

  const rules::Ruleset& m_ruleset;
  const TemplateLooks& m_looks;
  Lang m_lang;
  pugi::xml_document m_document;
  pugi::xml_node m_body;
};

} // namespace

std::string TemplatePackage::zip_bytes() const
{
  docx::PackageWriter writer;
  for (const auto& [name, bytes] : parts) {
    writer.add(name, bytes);
  }
  return writer.to_bytes();
}

docx::MemoryParts TemplatePackage::memory_parts(const std::string& label) const
{
  docx::MemoryParts memory(label);
  for (const auto& [name, bytes] : parts) {
    memory.add(name, bytes);
  }
  return memory;
}

TemplatePackage build_template(const rules::Ruleset& ruleset, Lang lang)
{
  const TemplateLooks looks = derive_looks(ruleset);
  DocumentBuilder builder(ruleset, looks, lang);
  std::string document = builder.build();
  return assemble_package(std::move(document), styles_xml(looks, ruleset, lang), placeholder_png());
}

} // namespace qb::templating
