#include "docx/body_reader.hpp"

#include <algorithm>
#include <string_view>

#include "docx/alternate_content_reader.hpp"
#include "docx/paragraph_reader.hpp"
#include "docx/section_reader.hpp"
#include "docx/value_reader.hpp"

namespace qb::docx {

namespace {

// Wider than any real table grid (Word allows 63 columns); a hostile w:gridSpan is clamped to it.
constexpr long long k_max_span = 1000;

// Counts one level of nesting for as long as it lives.
class NestingGuard
{
public:
  explicit NestingGuard(ReadContext& ctx)
    : m_ctx(ctx)
  {
    ++m_ctx.depth;
  }
  ~NestingGuard() { --m_ctx.depth; }
  NestingGuard(const NestingGuard&) = delete;
  NestingGuard& operator=(const NestingGuard&) = delete;

private:
  ReadContext& m_ctx;
};

int grid_value(const XmlElement& element, long long fallback)
{
  if (!element) {
    return static_cast<int>(fallback);
  }
  const auto value = read_integer(element.attribute("w:val")).value_or(fallback);
  return static_cast<int>(std::clamp(value, 0LL, k_max_span));
}

// Reads one story's block-level content: paragraphs, tables and the containers they sit in.
class BlockReader
{
public:
  BlockReader(ReadContext& ctx, bool main_body)
    : m_ctx(ctx)
    , m_main_body(main_body)
  {
  }

  void read_blocks(const XmlElement& container, const Place& place)
  {
    for (const XmlElement child : container.children()) {
      read_block(child, place);
    }
  }

  // The last main-story paragraph read, for the final section.
  std::optional<std::size_t> last_main_paragraph() const { return m_last_main_paragraph; }

private:
  void read_block(const XmlElement& node, const Place& place)
  {
    const std::string_view name = node.name();
    if (name == "w:p") {
      read_paragraph_block(node, place);
    } else if (name == "w:tbl") {
      nested(node, place, [&] { read_table(node, place); });
    } else if (name == "w:sdt") {
      nested(node, place, [&] { read_blocks(node.child("w:sdtContent"), place); });
    } else if (name == "w:customXml") {
      nested(node, place, [&] { read_blocks(node, place); });
    } else if (name == "mc:AlternateContent") {
      nested(node, place, [&] { read_blocks(choose_alternate_branch(node), place); });
    }
    // w:sectPr (the body's, read by read_body), w:tblPr, w:tcPr, bookmarks, w:altChunk: not paragraphs.
  }

  // Runs `read` one nesting level deeper, or reads `node` flat when the nesting limit is reached.
  template <typename Read> void nested(const XmlElement& node, const Place& place, Read read)
  {
    if (m_ctx.depth >= k_max_nesting) {
      read_flat(node, place);
      return;
    }
    NestingGuard guard(m_ctx);
    read();
  }

  bool top_level(const Place& place) const
  {
    return m_main_body && place.story == model::Story::main && !place.table;
  }

  void read_paragraph_block(const XmlElement& p, const Place& place)
  {
    auto read = read_paragraph(p, place, m_fields, m_ctx);
    auto& document = m_ctx.document;
    if (top_level(place)) {
      document.body.push_back({model::BlockKind::paragraph, read.index});
    }
    if (m_main_body && place.story == model::Story::main) {
      m_last_main_paragraph = read.index;
      if (read.section) {
        auto section = read_section(read.section);
        section.last_paragraph = read.index;
        document.sections.push_back(section);
      }
    }
    for (const auto& text_box : read.text_boxes) {
      Place box;
      box.story = model::Story::textbox;
      box.anchor = read.index;
      box.section = document.paragraphs[read.index].section;
      nested(text_box, box, [&] { read_story(text_box, box, m_ctx); });
    }
  }

  struct TableShape
  {
    std::size_t rows = 0;
    std::size_t columns = 0;
  };

  void read_table(const XmlElement& tbl, const Place& outer)
  {
    auto& document = m_ctx.document;
    const auto index = document.tables.size();
    const auto first_paragraph = document.paragraphs.size();
    {
      model::Table table;
      table.first_paragraph = first_paragraph;
      table.depth = outer.table_depth;
      table.parent = outer.table;
      document.tables.push_back(table);
    }
    if (top_level(outer)) {
      document.body.push_back({model::BlockKind::table, index});
    }
    Place inner = outer;
    inner.table = index;
    inner.table_depth = outer.table_depth + 1;
    // A table without w:tblStyle gets the default table style, as in Word.
    const auto style = tbl.child("w:tblPr").child("w:tblStyle").find_attribute("w:val");
    inner.table_style_id = style ? std::string(*style) : m_ctx.styles.default_table_style();
    inner.cell.reset();

    TableShape shape;
    read_rows(tbl, inner, shape);
    auto& table = document.tables[index]; // re-fetched: nested tables may have grown the vector
    table.rows = shape.rows;
    table.columns = shape.columns;
    table.paragraph_count = document.paragraphs.size() - first_paragraph;
  }

  // Rows of a table, also inside row-level content controls and custom XML.
  void read_rows(const XmlElement& container, const Place& place, TableShape& shape)
  {
    for (const XmlElement child : container.children()) {
      const std::string_view name = child.name();
      if (name == "w:tr") {
        read_row(child, place, shape);
      } else if (name == "w:sdt") {
        nested(child, place, [&] { read_rows(child.child("w:sdtContent"), place, shape); });
      } else if (name == "w:customXml") {
        nested(child, place, [&] { read_rows(child, place, shape); });
      } else if (name == "mc:AlternateContent") {
        nested(child, place, [&] { read_rows(choose_alternate_branch(child), place, shape); });
      }
    }
  }

  void read_row(const XmlElement& tr, const Place& place, TableShape& shape)
  {
    const auto row = shape.rows++;
    std::size_t column = static_cast<std::size_t>(grid_value(tr.child("w:trPr").child("w:gridBefore"), 0));
    read_cells(tr, place, row, column);
    shape.columns = std::max(shape.columns, column);
  }

  // Cells of a row, also inside cell-level content controls and custom XML. `column` advances by each
  // cell's w:gridSpan, so a CellRef names the grid column a cell starts in.
  void read_cells(const XmlElement& container, const Place& place, std::size_t row, std::size_t& column)
  {
    std::optional<Place> cell; // copied from `place` once a row, not once a cell: only its CellRef changes
    for (const XmlElement child : container.children()) {
      const std::string_view name = child.name();
      if (name == "w:tc") {
        if (!cell) {
          cell = place;
        }
        cell->cell = model::CellRef{*place.table, row, column};
        read_blocks(child, *cell);
        column +=
            static_cast<std::size_t>(std::max(1, grid_value(child.child("w:tcPr").child("w:gridSpan"), 1)));
      } else if (name == "w:sdt") {
        nested(child, place, [&] { read_cells(child.child("w:sdtContent"), place, row, column); });
      } else if (name == "w:customXml") {
        nested(child, place, [&] { read_cells(child, place, row, column); });
      } else if (name == "mc:AlternateContent") {
        nested(child, place, [&] { read_cells(choose_alternate_branch(child), place, row, column); });
      }
    }
  }

  // Past the nesting limit: every paragraph under `root` (text box paragraphs included, one branch of any
  // mc:AlternateContent, nothing deleted) read as a plain paragraph at `place`, without recursion.
  void read_flat(const XmlElement& root, const Place& place)
  {
    std::vector<XmlElement> stack{root};
    while (!stack.empty()) {
      const auto node = stack.back();
      stack.pop_back();
      const std::string_view name = node.name();
      if (name == "w:del" || name == "w:moveFrom") {
        continue;
      }
      if (name == "mc:AlternateContent") {
        if (const auto branch = choose_alternate_branch(node)) {
          stack.push_back(branch);
        }
        continue;
      }
      if (name == "w:p") {
        const auto read = read_paragraph(node, place, m_fields, m_ctx);
        if (top_level(place)) {
          m_ctx.document.body.push_back({model::BlockKind::paragraph, read.index});
        }
      }
      for (auto child = node.last_child(); child; child = child.previous_sibling()) {
        stack.push_back(child);
      }
    }
  }

  ReadContext& m_ctx;
  bool m_main_body = false;
  FieldState m_fields;
  std::optional<std::size_t> m_last_main_paragraph;
};

} // namespace

void read_body(const XmlElement& body, ReadContext& ctx)
{
  BlockReader reader(ctx, true);
  reader.read_blocks(body, Place{});
  auto& document = ctx.document;
  const auto final_section = body.child("w:sectPr");
  const bool paragraphs_after_last_break =
      reader.last_main_paragraph() &&
      (document.sections.empty() || document.sections.back().last_paragraph < *reader.last_main_paragraph());
  if (final_section || paragraphs_after_last_break || document.sections.empty()) {
    auto section = read_section(final_section);
    section.last_paragraph = reader.last_main_paragraph().value_or(0);
    document.sections.push_back(section);
  }
}

void read_story(const XmlElement& container, const Place& place, ReadContext& ctx)
{
  BlockReader reader(ctx, false);
  reader.read_blocks(container, place);
}

} // namespace qb::docx
