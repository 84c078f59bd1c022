#ifndef LEDE_CNCURSESW_SHIM_H
#define LEDE_CNCURSESW_SHIM_H
// SwiftPM drops -D flags from pkg-config, so the wide-character API must be switched on here.
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>

// Swift 6 rejects reads of imported mutable C globals and cannot call function-like
// macros, so each one the backend needs gets a tiny accessor here.

static inline WINDOW *lede_stdscr(void) { return stdscr; }
static inline FILE *lede_stdin(void) { return stdin; }
static inline FILE *lede_stdout(void) { return stdout; }
static inline int lede_lines(void) { return LINES; }
static inline int lede_cols(void) { return COLS; }
static inline int lede_colors(void) { return COLORS; }
static inline int lede_color_pairs(void) { return COLOR_PAIRS; }
static inline int lede_rows_of(WINDOW *window) { return getmaxy(window); }
static inline int lede_cols_of(WINDOW *window) { return getmaxx(window); }

static inline attr_t lede_a_normal(void) { return A_NORMAL; }
static inline attr_t lede_a_bold(void) { return A_BOLD; }
static inline attr_t lede_a_dim(void) { return A_DIM; }
static inline attr_t lede_a_reverse(void) { return A_REVERSE; }
static inline attr_t lede_a_underline(void) { return A_UNDERLINE; }
static inline attr_t lede_a_standout(void) { return A_STANDOUT; }
static inline attr_t lede_a_italic(void) { return A_ITALIC; }

static inline int lede_key_f(int n) { return KEY_F(n); }

/// True when the terminal takes 24-bit colours as colour numbers (terminfo's RGB flag).
static inline int lede_direct_color(void) { return tigetflag("RGB") == 1 || COLORS >= 0x1000000; }

/// Defines an extended pair (ncurses 6.1): colours beyond 255 and pairs beyond 32767.
static inline int lede_init_pair(int pair, int foreground, int background) {
    return init_extended_pair(pair, foreground, background);
}

/// A wide character cell with an extended colour pair, passed through setcchar's opts.
static inline int lede_setcchar(cchar_t *cell, const wchar_t *text, attr_t attributes, int pair) {
    return setcchar(cell, text, attributes, 0, &pair);
}

/// glibc's width of one code point under the current locale: what ncurses will use.
static inline int lede_wcwidth(wchar_t c) { return wcwidth(c); }

/// The process environment, for posix_spawn.
extern char **environ;
static inline char **lede_environ(void) { return environ; }

#endif
