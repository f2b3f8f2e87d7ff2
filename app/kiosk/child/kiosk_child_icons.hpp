#pragma once
// The pictures of the children's kiosk: a child who does not read yet finds the pencil,
// the poem, the camera, the way home and the way on. Drawn with ImDrawList (the fonts
// have no such glyphs, and shapes stay crisp at every scale and need no textures).
#include <imgui.h>

namespace oogst::app {

enum class KioskIcon {
    pencil,  // a drawing: a yellow pencil
    poem,    // a poem: a sheet with lines and a feather
    camera,  // a photo
    home,    // back to the exhibition's loop
    back,    // an arrow to the left
    next,    // an arrow to the right
    hand,    // a finger touching, with ripples: "touch me"
    star,    // a yellow star (the welcome, the thanks)
    send,    // a paper plane: "Verstuur"
    check,   // a tick: what is chosen
    person,  // the first name
    group,   // the class: three children
    school,  // a school building
    smile,   // a happy face: "Dankjewel!"
};

// Draws icon centred on centre, about side pixels across. Line icons (home, arrows,
// check, send, person, school) are in ink; the pictures (pencil, poem, camera, hand,
// star, smile) have their own colours and use ink for their outlines.
void draw_kiosk_icon(ImDrawList* draw, KioskIcon icon, ImVec2 centre, float side, ImU32 ink);

// A five-pointed star of outer radius r, filled.
void draw_star(ImDrawList* draw, ImVec2 centre, float r, ImU32 fill);

}  // namespace oogst::app
