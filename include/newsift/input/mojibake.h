// Repair of double-encoded UTF-8 ("mojibake"): text that was UTF-8, was
// read somewhere upstream as windows-1252 (or ISO-8859-1) and encoded to
// UTF-8 again, so that "let’s" became "letâ€™s", "Café" "CafÃ©" and
// "Привет" "ÐŸÑ€Ð¸Ð²ÐµÑ‚". Such pages are valid UTF-8 and declare it:
// the damage is in their bytes, not in how we decode them, so no
// encoding choice can undo it. This runs after decoding.
//
// Each candidate is a character that stands for a UTF-8 lead byte
// (U+00C2..U+00F4) followed by the right number of characters that stand
// for continuation bytes (U+0080..U+00BF, or the windows-1252 characters
// at 0x80..0x9F such as € ‚ ™ “ ”), whose bytes form one valid UTF-8
// sequence. Real text almost never has such runs, with one exception: an
// accented letter or ß right before a quote mark, a dash or a no-break
// space ("Gruß“", "nécessité »" with U+00A0, whose bytes spell U+983B).
// So candidates are repaired only on a page that shows clear evidence
// (several unambiguous ones), and the ambiguous kind only inside a run of
// damaged characters ("ÐŸÑ€Ð¸Ð²ÐµÑ‚", where "Ñ‚" is "т").
// Text encoded twice over is repaired in up to three rounds.
#ifndef NEWSIFT_INPUT_MOJIBAKE_H_
#define NEWSIFT_INPUT_MOJIBAKE_H_

#include <cstddef>
#include <string>

namespace newsift::input {

// Repairs `*utf8` (valid UTF-8) in place; returns how many sequences were
// repaired, 0 when the text shows too little evidence to touch it.
// Linear in the text; a text without U+00C2..U+00F4 is not copied.
size_t RepairMojibake(std::string* utf8);

}  // namespace newsift::input

#endif  // NEWSIFT_INPUT_MOJIBAKE_H_
