#include "docx/run_reader.hpp"

#include <string_view>
#include <vector>

#include "docx/alternate_content_reader.hpp"
#include "docx/drawing_reader.hpp"
#include "docx/value_reader.hpp"

namespace qb::docx {

namespace {

constexpr char32_t k_non_breaking_hyphen = 0x2011;
constexpr char32_t k_soft_hyphen = 0x00AD;

bool is_alternate_content(const char* name)
{
  return std::string_view(name) == "mc:AlternateContent";
}

// The most runs room is made for before a paragraph is read (see InlineReader::reserve_runs).
constexpr std::size_t k_max_reserved_runs = 64;

// Turns the content of one w:r (or m:r) into model runs: consecutive text pieces of the same kind become one
// run; tabs and breaks are runs of their own. Properties are resolved once, when the run first yields
// something (runs holding only a w:fldChar or w:instrText never need them). A run is built in place at the
// end of the paragraph's runs (nothing else appends to them while it is open).
class RunBuilder
{
public:
  RunBuilder(const pugi::xml_node& run, model::Paragraph& paragraph, const Place& place, ReadContext& ctx)
    : m_run(run)
    , m_paragraph(paragraph)
    , m_place(place)
    , m_ctx(ctx)
  {
  }

  // Appends `text` to the current run of `kind`, starting a new one when the kind or field flag changes.
  void add_text(model::RunKind kind, std::string_view text, bool field_result)
  {
    if (m_open && (pending().kind != kind || pending().field_result != field_result)) {
      flush();
    }
    if (!m_open) {
      start(kind, field_result);
    }
    pending().text += text;
  }

  // A run that stands alone (tab, break).
  void add_single(model::RunKind kind, std::string_view text, bool field_result)
  {
    flush();
    start(kind, field_result);
    pending().text = text;
    flush();
  }

  void flush()
  {
    if (!m_open) {
      return;
    }
    if (pending().hidden && !pending().text.empty()) {
      m_hidden_text = true;
    }
    m_open = false;
  }

  // True when this w:r yielded hidden text (counted once per w:r in DocumentFacts::hidden_runs).
  bool hidden_text() const { return m_hidden_text; }

private:
  model::Run& pending() { return m_paragraph.runs.back(); }

  void start(model::RunKind kind, bool field_result)
  {
    if (m_props == nullptr) {
      const pugi::xml_node rPr = m_run.child("w:rPr");
      m_props = m_ctx.properties.run(m_ctx.styles, rPr, m_paragraph.props.style_id, m_place.table_style_id);
      if (m_props == nullptr) {
        m_own_props = m_ctx.styles.resolve_run(rPr, m_paragraph.props.style_id, m_place.table_style_id);
        m_props = &*m_own_props;
      }
    }
    model::Run& run = m_paragraph.runs.emplace_back();
    m_open = true;
    run.kind = kind;
    run.props = *m_props;
    run.hidden = m_props->hidden.value;
    run.field_result = field_result;
  }

  pugi::xml_node m_run;
  model::Paragraph& m_paragraph;
  const Place& m_place;
  ReadContext& m_ctx;
  const model::RunProperties* m_props = nullptr;   // remembered by the cache, or m_own_props
  std::optional<model::RunProperties> m_own_props; // when the cache cannot key this w:rPr
  bool m_open = false;                             // the paragraph's last run is being built
  bool m_hidden_text = false;
};

class InlineReader
{
public:
  InlineReader(model::Paragraph& paragraph, const Place& place, FieldState& fields, ReadContext& ctx,
               std::vector<pugi::xml_node>& text_boxes)
    : m_paragraph(paragraph)
    , m_place(place)
    , m_fields(fields)
    , m_ctx(ctx)
    , m_text_boxes(text_boxes)
  {
  }

  void read(const pugi::xml_node& p)
  {
    const std::size_t reserved = reserve_runs(p);
    push_children(p, false);
    while (!m_stack.empty()) {
      const auto frame = m_stack.back();
      m_stack.pop_back();
      visit(frame.node, frame.simple_field);
    }
    if (m_paragraph.runs.size() < reserved) {
      m_paragraph.runs.shrink_to_fit(); // fewer runs than w:r (fields, empty runs): no room kept for nothing
    }
  }

private:
  struct Frame
  {
    pugi::xml_node node;
    bool simple_field = false; // inside a w:fldSimple: runs are its result
  };

  void push_children(const pugi::xml_node& node, bool simple_field)
  {
    for (auto child = node.last_child(); child; child = child.previous_sibling()) {
      if (child.type() == pugi::node_element) {
        m_stack.push_back({child, simple_field});
      }
    }
  }

  // Makes room for a run per w:r child of `p` (nearly always what it yields), so that the runs are not moved
  // as the vector grows; at most k_max_reserved_runs, so that w:r elements that yield nothing cannot make a
  // paragraph hold more than that. Returns the room made.
  std::size_t reserve_runs(const pugi::xml_node& p)
  {
    std::size_t runs = 0;
    for (auto child = p.first_child(); child && runs < k_max_reserved_runs; child = child.next_sibling()) {
      const char* name = child.name();
      if (name[0] == 'w' && name[1] == ':' && name[2] == 'r' && name[3] == '\0' &&
          child.type() == pugi::node_element) {
        ++runs;
      }
    }
    if (runs > 1) {
      m_paragraph.runs.reserve(runs);
    }
    return runs;
  }

  // Paragraph-level content: runs, and the containers runs live in.
  void visit(const pugi::xml_node& node, bool simple_field)
  {
    const std::string_view name = node.name();
    if (name == "w:r") {
      read_run(node, simple_field);
    } else if (name == "m:r") {
      read_math_run(node, simple_field);
    } else if (name == "w:fldSimple") {
      push_children(node, true);
    } else if (name == "mc:AlternateContent") {
      if (const auto branch = choose_alternate_branch(node)) {
        push_children(branch, simple_field);
      }
    } else if (!skipped(name)) {
      // w:hyperlink, w:smartTag, w:customXml, w:sdt/w:sdtContent, w:ins, w:moveTo, w:bdo, w:dir, m:oMath...
      push_children(node, simple_field);
    }
  }

  // Containers whose content is never text of the paragraph.
  static bool skipped(std::string_view name)
  {
    return name == "w:pPr" || name == "w:rPr" || name == "w:del" || name == "w:moveFrom" ||
           name == "w:sdtPr" || name == "w:sdtEndPr" || name == "w:subDoc" || name == "m:rPr";
  }

  bool result_flag(bool simple_field) const { return simple_field || m_fields.in_result(); }

  void read_run(const pugi::xml_node& run, bool simple_field)
  {
    RunBuilder builder(run, m_paragraph, m_place, m_ctx);
    for (auto child = run.first_child(); child; child = child.next_sibling()) {
      if (child.type() != pugi::node_element) {
        continue;
      }
      if (is_alternate_content(child.name())) {
        read_alternate_in_run(child, builder, simple_field);
        continue;
      }
      read_run_child(child, builder, simple_field);
    }
    builder.flush();
    if (builder.hidden_text()) {
      ++m_ctx.document.facts.hidden_runs;
    }
  }

  // An mc:AlternateContent inside a run: the children of its branch are run content, read in place of it
  // (mc:AlternateContent nested in them too), through a small explicit stack. Rare: runs without one allocate
  // nothing.
  void read_alternate_in_run(const pugi::xml_node& alternate, RunBuilder& builder, bool simple_field)
  {
    std::vector<pugi::xml_node> pending{alternate};
    while (!pending.empty()) {
      const auto child = pending.back();
      pending.pop_back();
      if (child.type() != pugi::node_element) {
        continue;
      }
      if (is_alternate_content(child.name())) {
        if (const auto branch = choose_alternate_branch(child)) {
          for (auto inner = branch.last_child(); inner; inner = inner.previous_sibling()) {
            pending.push_back(inner);
          }
        }
        continue;
      }
      read_run_child(child, builder, simple_field);
    }
  }

  void read_run_child(const pugi::xml_node& child, RunBuilder& builder, bool simple_field)
  {
    const std::string_view name = child.name();
    if (name == "w:fldChar") {
      builder.flush();
      const std::string_view type = child.attribute("w:fldCharType").value();
      if (type == "begin") {
        m_fields.begin();
      } else if (type == "separate") {
        m_fields.separate();
      } else if (type == "end") {
        m_fields.end();
      }
      return;
    }
    if (m_fields.in_instruction()) {
      return; // a field's instruction (and anything nested in it) is never text
    }
    const bool result = result_flag(simple_field);
    if (name == "w:t") {
      builder.add_text(model::RunKind::text, child.text().get(), result);
    } else if (name == "w:tab" || name == "w:ptab") {
      builder.add_single(model::RunKind::tab, "\t", result);
    } else if (name == "w:br") {
      const std::string_view type = child.attribute("w:type").value();
      if (type == "page" || type == "column") {
        builder.add_single(model::RunKind::page_break, "", result);
      } else {
        builder.add_single(model::RunKind::line_break, "\n", result);
      }
    } else if (name == "w:cr") {
      builder.add_single(model::RunKind::line_break, "\n", result);
    } else if (name == "w:noBreakHyphen" || name == "w:softHyphen") {
      std::string text;
      append_utf8(text, name == "w:noBreakHyphen" ? k_non_breaking_hyphen : k_soft_hyphen);
      builder.add_text(model::RunKind::text, text, result);
    } else if (name == "w:sym") {
      if (const auto code_point = read_hex_char(child.attribute("w:char").value())) {
        std::string text;
        append_utf8(text, *code_point);
        builder.add_text(model::RunKind::text, text, result);
      }
    } else if (name == "w:drawing") {
      m_paragraph.drawings.push_back(read_drawing(child));
      collect_text_boxes(child, m_text_boxes);
    } else if (name == "w:pict" || name == "w:object") {
      m_paragraph.drawings.push_back(read_vml(child));
      collect_text_boxes(child, m_text_boxes);
    } else if (name == "w:footnoteReference") {
      m_ctx.footnote_anchors.emplace(child.attribute("w:id").value(), m_paragraph.index);
    } else if (name == "w:endnoteReference") {
      m_ctx.endnote_anchors.emplace(child.attribute("w:id").value(), m_paragraph.index);
    } else if (name == "w:ruby") {
      // Phonetic guide: the base text is the text; the guide above it (w:rt) is not.
      builder.flush();
      if (m_ruby_depth >= k_max_nesting) {
        return; // rubies do not nest in real documents; hostile nesting stops here
      }
      ++m_ruby_depth;
      for (const auto& base_run : child.child("w:rubyBase").children("w:r")) {
        read_run(base_run, simple_field);
      }
      --m_ruby_depth;
    }
    // Everything else (w:instrText, w:delText, w:footnoteRef, separators, w:lastRenderedPageBreak,
    // w:commentReference...) is not text.
  }

  void read_math_run(const pugi::xml_node& run, bool simple_field)
  {
    if (m_fields.in_instruction()) {
      return;
    }
    RunBuilder builder(run, m_paragraph, m_place, m_ctx);
    for (const auto& child : run.children()) {
      if (std::string_view(child.name()) == "m:t") {
        builder.add_text(model::RunKind::math, child.text().get(), result_flag(simple_field));
      }
    }
    builder.flush();
    if (builder.hidden_text()) {
      ++m_ctx.document.facts.hidden_runs;
    }
  }

  model::Paragraph& m_paragraph;
  const Place& m_place;
  FieldState& m_fields;
  ReadContext& m_ctx;
  std::vector<pugi::xml_node>& m_text_boxes;
  std::vector<Frame> m_stack;
  std::size_t m_ruby_depth = 0;
};

} // namespace

void read_inline(const pugi::xml_node& p, model::Paragraph& paragraph, const Place& place, FieldState& fields,
                 ReadContext& ctx, std::vector<pugi::xml_node>& text_boxes)
{
  InlineReader(paragraph, place, fields, ctx, text_boxes).read(p);
}

} // namespace qb::docx
