#ifndef SUPPORTBOT_CNCURSESW_SHIM_H
#define SUPPORTBOT_CNCURSESW_SHIM_H

// SwiftPM drops pkg-config's -D flags, so the wide-character API is switched on here.
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>

// Swift imports neither function-like macros (A_BOLD, COLOR_PAIR, getmaxyx) nor the C globals
// (stdscr, LINES, COLS) safely; these wrappers give them types. All of them must be called on
// the one thread that owns the terminal.

static inline int sb_key_code_yes(void) { return KEY_CODE_YES; }
static inline int sb_err(void) { return ERR; }

static inline int sb_attr_bold(void) { return (int)A_BOLD; }
static inline int sb_attr_reverse(void) { return (int)A_REVERSE; }
static inline int sb_attr_dim(void) { return (int)A_DIM; }
static inline int sb_attr_underline(void) { return (int)A_UNDERLINE; }
static inline int sb_attr_normal(void) { return (int)A_NORMAL; }
static inline int sb_color_pair(short pair) { return (int)COLOR_PAIR(pair); }

static inline int sb_lines(void) { int y, x; getmaxyx(stdscr, y, x); (void)x; return y; }
static inline int sb_columns(void) { int y, x; getmaxyx(stdscr, y, x); (void)y; return x; }

static inline int sb_keypad(int on) { return keypad(stdscr, on ? TRUE : FALSE); }
static inline int sb_nodelay(int on) { return nodelay(stdscr, on ? TRUE : FALSE); }
static inline int sb_clearok(void) { return clearok(stdscr, TRUE); }
static inline int sb_attrset(int attributes) { return attrset(attributes); }

/// Reads one key without blocking: returns OK (a character), KEY_CODE_YES (a function key) or ERR.
static inline int sb_get_wch(unsigned int *value) {
    wint_t ch = 0;
    int result = get_wch(&ch);
    *value = (unsigned int)ch;
    return result;
}

/// Writes `count` wide characters at the cursor (combining marks attach to the previous cell).
static inline int sb_addnwstr(const int *text, int count) {
    return addnwstr((const wchar_t *)text, count);
}

static inline void sb_setlocale_from_environment(void) { setlocale(LC_ALL, ""); }

/// Like initscr, but returns -1 instead of exiting the process when TERM is unknown.
static inline int sb_start_screen(void) {
    SCREEN *screen = newterm(NULL, stdout, stdin);
    if (screen == NULL) return -1;
    set_term(screen);
    return 0;
}

#endif
