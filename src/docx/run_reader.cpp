#include "docx/run_reader.hpp"

#include <string_view>
#include <vector>

#include "docx/alternate_content_reader.hpp"
#include "docx/drawing_reader.hpp"
#include "docx/element_name.hpp"
#include "docx/value_reader.hpp"

namespace qb::docx {

namespace {

constexpr char32_t k_non_breaking_hyphen = 0x2011;
constexpr char32_t k_soft_hyphen = 0x00AD;

bool is_alternate_content(std::string_view name)
{
  return name_is(name, "mc:AlternateContent");
}

// What an element met at paragraph level is to the inline reader.
enum class InlineElement {
  run,          // w:r
  math_run,     // m:r
  simple_field, // w:fldSimple: its content is the field's result
  alternate,    // mc:AlternateContent: one branch is read
  skipped,      // never text of the paragraph (properties, deleted and moved-from revisions...)
  container,    // read through: w:hyperlink, w:smartTag, w:sdt, w:ins, m:oMath, bookmarks (empty)...
};

// The names are told apart by a few bytes, without a chain of string comparisons.
InlineElement classify_inline(std::string_view name)
{
  if (name.size() > 2 && name[0] == 'w' && name[1] == ':') {
    const std::string_view local = name.substr(2);
    switch (local[0]) {
    case 'r':
      if (local.size() == 1) {
        return InlineElement::run;
      }
      return name_is(local, "rPr") ? InlineElement::skipped : InlineElement::container;
    case 'p': return name_is(local, "pPr") ? InlineElement::skipped : InlineElement::container;
    case 'd': return name_is(local, "del") ? InlineElement::skipped : InlineElement::container;
    case 'm': return name_is(local, "moveFrom") ? InlineElement::skipped : InlineElement::container;
    case 's':
      return name_is(local, "sdtPr") || name_is(local, "sdtEndPr") || name_is(local, "subDoc")
                 ? InlineElement::skipped
                 : InlineElement::container;
    case 'f': return name_is(local, "fldSimple") ? InlineElement::simple_field : InlineElement::container;
    default: return InlineElement::container;
    }
  }
  if (!name.empty() && name[0] == 'm') {
    if (name_is(name, "m:r")) {
      return InlineElement::math_run;
    }
    if (name_is(name, "m:rPr")) {
      return InlineElement::skipped;
    }
    if (is_alternate_content(name)) {
      return InlineElement::alternate;
    }
  }
  return InlineElement::container;
}

// What a child of a w:r is to the inline reader.
enum class RunContent {
  field_char,         // w:fldChar
  text,               // w:t
  tab,                // w:tab, w:ptab
  text_break,         // w:br (line, page or column, by its w:type)
  carriage_return,    // w:cr
  no_break_hyphen,    // w:noBreakHyphen
  soft_hyphen,        // w:softHyphen
  symbol,             // w:sym
  drawing,            // w:drawing
  vml,                // w:pict, w:object
  footnote_reference, // w:footnoteReference
  endnote_reference,  // w:endnoteReference
  ruby,               // w:ruby
  other,              // not text: w:rPr, w:instrText, w:delText, w:lastRenderedPageBreak...
};

RunContent classify_run_content(std::string_view name)
{
  if (name.size() <= 2 || name[0] != 'w' || name[1] != ':') {
    return RunContent::other;
  }
  const std::string_view local = name.substr(2);
  switch (local[0]) {
  case 't':
    if (local.size() == 1) {
      return RunContent::text;
    }
    return name_is(local, "tab") ? RunContent::tab : RunContent::other;
  case 'f':
    if (name_is(local, "fldChar")) {
      return RunContent::field_char;
    }
    return name_is(local, "footnoteReference") ? RunContent::footnote_reference : RunContent::other;
  case 'p':
    if (name_is(local, "ptab")) {
      return RunContent::tab;
    }
    return name_is(local, "pict") ? RunContent::vml : RunContent::other;
  case 'b': return name_is(local, "br") ? RunContent::text_break : RunContent::other;
  case 'c': return name_is(local, "cr") ? RunContent::carriage_return : RunContent::other;
  case 'n': return name_is(local, "noBreakHyphen") ? RunContent::no_break_hyphen : RunContent::other;
  case 's':
    if (name_is(local, "softHyphen")) {
      return RunContent::soft_hyphen;
    }
    return name_is(local, "sym") ? RunContent::symbol : RunContent::other;
  case 'd': return name_is(local, "drawing") ? RunContent::drawing : RunContent::other;
  case 'o': return name_is(local, "object") ? RunContent::vml : RunContent::other;
  case 'e': return name_is(local, "endnoteReference") ? RunContent::endnote_reference : RunContent::other;
  case 'r': return name_is(local, "ruby") ? RunContent::ruby : RunContent::other;
  default: return RunContent::other;
  }
}

// The most runs room is made for before a paragraph is read (see InlineReader::reserve_runs).
constexpr std::size_t k_max_reserved_runs = 64;

// Turns the content of one w:r (or m:r) into model runs: consecutive text pieces of the same kind become one
// run; tabs and breaks are runs of their own. Properties are resolved once, when the run first yields
// something (runs holding only a w:fldChar or w:instrText never need them). A run is built in place at the
// end of the paragraph's runs (nothing else appends to them while it is open), its properties and first text
// copied straight into it.
class RunBuilder
{
public:
  // `first_child` is run.first_child(): when it is the w:rPr (as Word always writes it), it is the element
  // run.child("w:rPr") would find, and no walk over the run's children looks for it again.
  RunBuilder(const XmlElement& run, const XmlElement& first_child, model::Paragraph& paragraph,
             const Place& place, ReadContext& ctx)
    : m_run(run)
    , m_paragraph(paragraph)
    , m_place(place)
    , m_ctx(ctx)
  {
    if (name_is(first_child.name(), "w:rPr")) {
      m_properties = first_child;
      m_properties_found = true;
    }
  }

  // Appends `text` to the current run of `kind`, starting a new one when the kind or field flag changes.
  void add_text(model::RunKind kind, std::string_view text, bool field_result)
  {
    if (m_open && (pending().kind != kind || pending().field_result != field_result)) {
      flush();
    }
    if (m_open) {
      pending().text += text;
    } else {
      start(kind, text, field_result);
    }
  }

  // A run that stands alone (tab, break).
  void add_single(model::RunKind kind, std::string_view text, bool field_result)
  {
    flush();
    start(kind, text, field_result);
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

  void start(model::RunKind kind, std::string_view text, bool field_result)
  {
    if (m_props == nullptr) {
      if (!m_properties_found) {
        m_properties = m_run.child("w:rPr");
        m_properties_found = true;
      }
      m_props = &m_ctx.properties.run(m_ctx.styles, m_properties, m_paragraph.props.style_id,
                                      m_place.table_style_id);
    }
    // Braces, not emplace_back's parentheses: clang 14 (the fuzz build) has no parenthesised aggregate init.
    m_paragraph.runs.push_back(
        model::Run{kind, std::string(text), *m_props, m_props->hidden.value, field_result});
    m_open = true;
  }

  XmlElement m_run;
  model::Paragraph& m_paragraph;
  const Place& m_place;
  ReadContext& m_ctx;
  XmlElement m_properties;                       // the run's w:rPr (null: none), once found
  bool m_properties_found = false;               // m_properties is run.child("w:rPr")
  const model::RunProperties* m_props = nullptr; // remembered by the cache
  bool m_open = false;                           // the paragraph's last run is being built
  bool m_hidden_text = false;
};

class InlineReader
{
public:
  InlineReader(model::Paragraph& paragraph, const Place& place, FieldState& fields, ReadContext& ctx,
               std::vector<XmlElement>& text_boxes)
    : m_paragraph(paragraph)
    , m_place(place)
    , m_fields(fields)
    , m_ctx(ctx)
    , m_text_boxes(text_boxes)
  {
  }

  void read(const XmlElement& p)
  {
    const std::size_t reserved = reserve_runs(p);
    walk(p.first_child());
    if (m_paragraph.runs.size() < reserved) {
      m_paragraph.runs.shrink_to_fit(); // fewer runs than w:r (fields, empty runs): no room kept for nothing
    }
  }

private:
  // Makes room for a run per w:r child of `p` (nearly always what it yields), so that the runs are not moved
  // as the vector grows; at most k_max_reserved_runs, so that w:r elements that yield nothing cannot make a
  // paragraph hold more than that. Returns the room made.
  std::size_t reserve_runs(const XmlElement& p)
  {
    std::size_t runs = 0;
    for (auto child = p.first_child(); child && runs < k_max_reserved_runs; child = child.next_sibling()) {
      if (name_is(child.name(), "w:r")) {
        ++runs;
      }
    }
    if (runs > 1) {
      m_paragraph.runs.reserve(runs);
    }
    return runs;
  }

  // Visits the elements from `first` on and their following siblings, and the content of the containers
  // among them, in document order, depth first. Iterative: the explicit stack (ReadContext::inline_stack,
  // reused from paragraph to paragraph) holds where to resume after each container entered, so a paragraph
  // of runs only never touches it and any nesting depth is safe.
  void walk(XmlElement first)
  {
    auto& stack = m_ctx.inline_stack;
    const std::size_t base = stack.size();
    XmlElement node = first;
    bool simple_field = false; // inside a w:fldSimple: runs are its result
    for (;;) {
      if (!node) {
        if (stack.size() == base) {
          return;
        }
        node = stack.back().next;
        simple_field = stack.back().simple_field;
        stack.pop_back();
        continue;
      }
      const XmlElement next = node.next_sibling();
      XmlElement inner; // the first child of the content to read next, if any
      bool inner_simple_field = simple_field;
      switch (classify_inline(node.name())) {
      case InlineElement::run: read_run(node, simple_field); break;
      case InlineElement::math_run: read_math_run(node, simple_field); break;
      case InlineElement::simple_field:
        inner = node.first_child();
        inner_simple_field = true;
        break;
      case InlineElement::alternate:
        if (const auto branch = choose_alternate_branch(node)) {
          inner = branch.first_child();
        }
        break;
      case InlineElement::skipped: break;
      case InlineElement::container: inner = node.first_child(); break;
      }
      if (inner) {
        if (next) {
          stack.push_back({next, simple_field});
        }
        node = inner;
        simple_field = inner_simple_field;
        continue;
      }
      node = next;
    }
  }

  bool result_flag(bool simple_field) const { return simple_field || m_fields.in_result(); }

  void read_run(const XmlElement& run, bool simple_field)
  {
    const XmlElement first = run.first_child();
    RunBuilder builder(run, first, m_paragraph, m_place, m_ctx);
    for (auto child = first; child; child = child.next_sibling()) {
      const std::string_view name = child.name();
      if (is_alternate_content(name)) {
        read_alternate_in_run(child, builder, simple_field);
        continue;
      }
      read_run_child(child, classify_run_content(name), builder, simple_field);
    }
    builder.flush();
    if (builder.hidden_text()) {
      ++m_ctx.document.facts.hidden_runs;
    }
  }

  // An mc:AlternateContent inside a run: the children of its branch are run content, read in place of it
  // (mc:AlternateContent nested in them too), through a small explicit stack. Rare: runs without one allocate
  // nothing.
  void read_alternate_in_run(const XmlElement& alternate, RunBuilder& builder, bool simple_field)
  {
    std::vector<XmlElement> pending{alternate};
    while (!pending.empty()) {
      const auto child = pending.back();
      pending.pop_back();
      const std::string_view name = child.name();
      if (is_alternate_content(name)) {
        if (const auto branch = choose_alternate_branch(child)) {
          for (auto inner = branch.last_child(); inner; inner = inner.previous_sibling()) {
            pending.push_back(inner);
          }
        }
        continue;
      }
      read_run_child(child, classify_run_content(name), builder, simple_field);
    }
  }

  void read_run_child(const XmlElement& child, RunContent content, RunBuilder& builder, bool simple_field)
  {
    if (content == RunContent::field_char) {
      builder.flush();
      const std::string_view type = child.attribute("w:fldCharType");
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
    switch (content) {
    case RunContent::text: builder.add_text(model::RunKind::text, child.text(), result); break;
    case RunContent::tab: builder.add_single(model::RunKind::tab, "\t", result); break;
    case RunContent::text_break: {
      const std::string_view type = child.attribute("w:type");
      if (type == "page" || type == "column") {
        builder.add_single(model::RunKind::page_break, "", result);
      } else {
        builder.add_single(model::RunKind::line_break, "\n", result);
      }
      break;
    }
    case RunContent::carriage_return: builder.add_single(model::RunKind::line_break, "\n", result); break;
    case RunContent::no_break_hyphen:
    case RunContent::soft_hyphen: {
      std::string text;
      append_utf8(text, content == RunContent::no_break_hyphen ? k_non_breaking_hyphen : k_soft_hyphen);
      builder.add_text(model::RunKind::text, text, result);
      break;
    }
    case RunContent::symbol:
      if (const auto code_point = read_hex_char(child.attribute("w:char"))) {
        std::string text;
        append_utf8(text, *code_point);
        builder.add_text(model::RunKind::text, text, result);
      }
      break;
    case RunContent::drawing:
      m_paragraph.drawings.push_back(read_drawing(child));
      collect_text_boxes(child, m_text_boxes);
      break;
    case RunContent::vml:
      m_paragraph.drawings.push_back(read_vml(child));
      collect_text_boxes(child, m_text_boxes);
      break;
    case RunContent::footnote_reference:
      m_ctx.footnote_anchors.emplace(std::string(child.attribute("w:id")), m_paragraph.index);
      break;
    case RunContent::endnote_reference:
      m_ctx.endnote_anchors.emplace(std::string(child.attribute("w:id")), m_paragraph.index);
      break;
    case RunContent::ruby:
      // Phonetic guide: the base text is the text; the guide above it (w:rt) is not.
      builder.flush();
      if (m_ruby_depth >= k_max_nesting) {
        return; // rubies do not nest in real documents; hostile nesting stops here
      }
      ++m_ruby_depth;
      for (const XmlElement base_run : child.child("w:rubyBase").children()) {
        if (name_is(base_run.name(), "w:r")) {
          read_run(base_run, simple_field);
        }
      }
      --m_ruby_depth;
      break;
    case RunContent::field_char:
    case RunContent::other:
      // Everything else (w:instrText, w:delText, w:footnoteRef, separators, w:lastRenderedPageBreak,
      // w:commentReference...) is not text.
      break;
    }
  }

  void read_math_run(const XmlElement& run, bool simple_field)
  {
    if (m_fields.in_instruction()) {
      return;
    }
    const XmlElement first = run.first_child();
    RunBuilder builder(run, first, m_paragraph, m_place, m_ctx);
    for (auto child = first; child; child = child.next_sibling()) {
      if (name_is(child.name(), "m:t")) {
        builder.add_text(model::RunKind::math, child.text(), result_flag(simple_field));
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
  std::vector<XmlElement>& m_text_boxes;
  std::size_t m_ruby_depth = 0;
};

} // namespace

void read_inline(const XmlElement& p, model::Paragraph& paragraph, const Place& place, FieldState& fields,
                 ReadContext& ctx, std::vector<XmlElement>& text_boxes)
{
  InlineReader(paragraph, place, fields, ctx, text_boxes).read(p);
}

} // namespace qb::docx
