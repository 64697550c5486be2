// One name candidate of a byline cleaned of what surrounds a person's
// name: prefixes, brackets, "for Site", honorifics, roles, credentials,
// employers in capitals. Private to metadata/ (byline.cc).
#ifndef NEWSIFT_METADATA_CLEAN_NAME_INTERNAL_H_
#define NEWSIFT_METADATA_CLEAN_NAME_INTERNAL_H_

#include <string>
#include <string_view>

namespace newsift::metadata {

// "By Dr. Jane Doe (@jdoe) for Daily Planet, Staff Writer" -> "Jane Doe".
// `*described` is set when words describing the person followed the name
// (a credential or an organisation in capitals: "Vera Molina MD"): what
// follows in the byline describes her too. Empty when nothing is left, or
// for a team ("Britannica Editors"). The result is not yet checked with
// LooksLikePersonName.
std::string CleanName(std::string_view raw, bool* described);

}  // namespace newsift::metadata

#endif  // NEWSIFT_METADATA_CLEAN_NAME_INTERNAL_H_
