// Textures for pictures in the app's OpenGL context (the one ImGui's OpenGL3 backend
// draws with). Only GL 1.1 calls are needed, so plain <GL/gl.h> will do.
#include <GL/gl.h>

#include "platform/texture_cache.hpp"

#ifndef GL_CLAMP_TO_EDGE
#define GL_CLAMP_TO_EDGE 0x812F
#endif

namespace oogst::platform {
namespace {

class GlTextureUploader : public TextureUploader {
public:
    std::uintptr_t upload(const Pixels& rgba) override {
        GLint previous = 0, alignment = 4;
        glGetIntegerv(GL_TEXTURE_BINDING_2D, &previous);
        glGetIntegerv(GL_UNPACK_ALIGNMENT, &alignment);
        GLuint texture = 0;
        glGenTextures(1, &texture);
        glBindTexture(GL_TEXTURE_2D, texture);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
        glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
        glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, rgba.width, rgba.height, 0, GL_RGBA, GL_UNSIGNED_BYTE,
                     rgba.data.data());
        glPixelStorei(GL_UNPACK_ALIGNMENT, alignment);
        glBindTexture(GL_TEXTURE_2D, static_cast<GLuint>(previous));
        return texture;
    }

    void release(std::uintptr_t texture) override {
        const GLuint name = static_cast<GLuint>(texture);
        glDeleteTextures(1, &name);
    }
};

}  // namespace

std::unique_ptr<TextureUploader> make_gl_texture_uploader() { return std::make_unique<GlTextureUploader>(); }

}  // namespace oogst::platform
