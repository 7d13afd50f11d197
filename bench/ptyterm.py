"""A program in a pseudo-terminal, with a small terminal emulator.

PtyProgram starts a program on the slave side of a new pty (80x24 unless told
otherwise), as a session leader with the pty as its controlling terminal, and
feeds everything it writes to a Screen: enough of an xterm to know which text
is where (cursor motion, erasing, inserting and deleting, scroll regions,
autowrap, UTF-8, the DEC line-drawing set). Attributes and colours are
ignored.

Timing: every read is stamped with time.perf_counter_ns() the moment it
returns. wait_drawn() waits until a predicate holds for the screen and then
until the program has been quiet for `quiet` seconds; the result is the stamp
of the last byte before that quiet period, so the quiet period itself is never
part of a figure and no fixed sleep decides what "drawn" means.

Python standard library only.
"""

import codecs
import fcntl
import os
import select
import signal
import struct
import termios
import time
import unicodedata

# DEC special graphics (ESC ( 0): the letters ncurses uses for boxes.
DEC_GRAPHICS = {
    "j": "┘", "k": "┐", "l": "┌", "m": "└", "n": "┼", "q": "─", "t": "├",
    "u": "┤", "v": "┴", "w": "┬", "x": "│", "a": "▒", "`": "◆", "~": "·",
    "f": "°", "g": "±", "y": "≤", "z": "≥", "{": "π", "|": "≠", "}": "£",
}


class Screen:
    """The text of a terminal screen, updated from the bytes sent to it."""

    def __init__(self, rows=24, cols=80):
        self.rows, self.cols = rows, cols
        self.dec = codecs.getincrementaldecoder("utf-8")("replace")
        self.app_cursor = False  # DECCKM: arrow keys as ESC O A
        self.reset()
        self.pending = ""  # an unfinished escape sequence

    def reset(self):
        self.cells = [[" "] * self.cols for _ in range(self.rows)]
        self.y = self.x = 0
        self.wrap = False  # cursor past the last column (xterm's pending wrap)
        self.top, self.bottom = 0, self.rows - 1
        self.saved = (0, 0)
        self.g = ["B", "B"]  # G0, G1 character sets
        self.shift = 0
        self.last = " "

    def lines(self):
        return ["".join(r).rstrip() for r in self.cells]

    def text(self):
        return "\n".join(self.lines())

    def contains(self, s):
        return any(s in line for line in self.lines())

    # -- output from the program ------------------------------------------
    def feed(self, data):
        s = self.pending + self.dec.decode(data)
        self.pending = ""
        i, n = 0, len(s)
        while i < n:
            c = s[i]
            if c == "\x1b":
                j = self._escape(s, i)
                if j is None:  # incomplete: keep for the next read
                    self.pending = s[i:]
                    return
                i = j
                continue
            i += 1
            o = ord(c)
            if o >= 0x20 and o != 0x7F:
                self._put(c)
            elif c == "\r":
                self.x, self.wrap = 0, False
            elif c in "\n\x0b\x0c":
                self._index()
            elif c == "\b":
                self.x, self.wrap = max(0, self.x - 1), False
            elif c == "\t":
                self.x, self.wrap = min(self.cols - 1, (self.x // 8 + 1) * 8), False
            elif c == "\x0e":
                self.shift = 1
            elif c == "\x0f":
                self.shift = 0

    def _put(self, c):
        if self.g[self.shift] == "0":
            c = DEC_GRAPHICS.get(c, c)
        if unicodedata.combining(c):
            return
        width = 2 if unicodedata.east_asian_width(c) in ("W", "F") else 1
        if self.wrap or self.x + width > self.cols:
            self.x, self.wrap = 0, False
            self._index()
        self.cells[self.y][self.x] = c
        if width == 2 and self.x + 1 < self.cols:
            self.cells[self.y][self.x + 1] = ""
        self.last = c
        self.x += width
        if self.x >= self.cols:
            self.x, self.wrap = self.cols - 1, True

    def _index(self):
        self.wrap = False
        if self.y == self.bottom:
            self._scroll_up(1)
        elif self.y < self.rows - 1:
            self.y += 1

    def _scroll_up(self, k):
        for _ in range(k):
            del self.cells[self.top]
            self.cells.insert(self.bottom, [" "] * self.cols)

    def _scroll_down(self, k):
        for _ in range(k):
            del self.cells[self.bottom]
            self.cells.insert(self.top, [" "] * self.cols)

    def _escape(self, s, i):
        """Handle the escape sequence at s[i]; the index after it, or None."""
        if i + 1 >= len(s):
            return None
        c = s[i + 1]
        if c == "[":
            j = i + 2
            while j < len(s) and not ("\x40" <= s[j] <= "\x7e"):
                j += 1
            if j >= len(s):
                return None
            self._csi(s[i + 2 : j], s[j])
            return j + 1
        if c in "]PX^_":  # OSC, DCS...: up to BEL or ST
            j = i + 2
            while j < len(s):
                if s[j] == "\x07":
                    return j + 1
                if s[j] == "\x1b" and j + 1 < len(s) and s[j + 1] == "\\":
                    return j + 2
                j += 1
            return None
        if c in "()*+":
            if i + 2 >= len(s):
                return None
            if c in "()":
                self.g["()".index(c)] = s[i + 2]
            return i + 3
        if c == "#" or c == "%" or c == " ":
            return i + 3 if i + 2 < len(s) else None
        if c == "7":
            self.saved = (self.y, self.x)
        elif c == "8":
            self.y, self.x = self.saved
            self.wrap = False
        elif c == "D":
            self._index()
        elif c == "E":
            self.x = 0
            self._index()
        elif c == "M":
            self.wrap = False
            if self.y == self.top:
                self._scroll_down(1)
            elif self.y > 0:
                self.y -= 1
        elif c == "c":
            self.reset()
        return i + 2

    def _csi(self, params, final):
        private = params[:1] in ("?", ">", "<", "=")
        body = params[1:] if private else params
        args = []
        for p in body.split(";"):
            p = p.split(":")[0]
            args.append(int(p) if p.isdigit() else 0)

        def arg(k, default=1):
            v = args[k] if k < len(args) else 0
            return v if v else default

        if private:
            if final in "hl":
                on = final == "h"
                for a in args:
                    if a == 1:
                        self.app_cursor = on
                    elif a in (47, 1047, 1049):
                        self.cells = [[" "] * self.cols for _ in range(self.rows)]
            return
        rows, cols = self.rows, self.cols
        self.wrap = False if final not in "m" else self.wrap
        if final in "Hf":
            self.y = min(rows - 1, arg(0) - 1)
            self.x = min(cols - 1, arg(1) - 1)
        elif final == "A":
            self.y = max(self.top if self.y >= self.top else 0, self.y - arg(0))
        elif final == "B":
            self.y = min(self.bottom if self.y <= self.bottom else rows - 1, self.y + arg(0))
        elif final == "C":
            self.x = min(cols - 1, self.x + arg(0))
        elif final == "D":
            self.x = max(0, self.x - arg(0))
        elif final == "E":
            self.y, self.x = min(rows - 1, self.y + arg(0)), 0
        elif final == "F":
            self.y, self.x = max(0, self.y - arg(0)), 0
        elif final in "G`":
            self.x = min(cols - 1, arg(0) - 1)
        elif final == "d":
            self.y = min(rows - 1, arg(0) - 1)
        elif final == "J":
            m = arg(0, 0)
            if m == 0:
                self._erase(self.y, self.x, cols)
                for r in range(self.y + 1, rows):
                    self._erase(r, 0, cols)
            elif m == 1:
                for r in range(self.y):
                    self._erase(r, 0, cols)
                self._erase(self.y, 0, self.x + 1)
            else:
                for r in range(rows):
                    self._erase(r, 0, cols)
        elif final == "K":
            m = arg(0, 0)
            if m == 0:
                self._erase(self.y, self.x, cols)
            elif m == 1:
                self._erase(self.y, 0, self.x + 1)
            else:
                self._erase(self.y, 0, cols)
        elif final == "X":
            self._erase(self.y, self.x, min(cols, self.x + arg(0)))
        elif final == "@":
            row = self.cells[self.y]
            k = min(arg(0), cols - self.x)
            row[self.x : self.x] = [" "] * k
            del row[cols:]
        elif final == "P":
            row = self.cells[self.y]
            k = min(arg(0), cols - self.x)
            del row[self.x : self.x + k]
            row.extend([" "] * k)
        elif final in "LM":
            if self.top <= self.y <= self.bottom:
                k = min(arg(0), self.bottom - self.y + 1)
                for _ in range(k):
                    if final == "L":
                        del self.cells[self.bottom]
                        self.cells.insert(self.y, [" "] * cols)
                    else:
                        del self.cells[self.y]
                        self.cells.insert(self.bottom, [" "] * cols)
                self.x = 0
        elif final == "S":
            self._scroll_up(arg(0))
        elif final == "T":
            self._scroll_down(arg(0))
        elif final == "r":
            top, bottom = arg(0) - 1, arg(1, rows) - 1
            if 0 <= top < bottom < rows:
                self.top, self.bottom = top, bottom
                self.y = self.x = 0
        elif final == "b":
            for _ in range(arg(0)):
                self._put(self.last)
        elif final == "s":
            self.saved = (self.y, self.x)
        elif final == "u":
            self.y, self.x = self.saved
        # m (attributes), n (reports), t, and others: no effect on the text

    def _erase(self, r, x0, x1):
        row = self.cells[r]
        for x in range(x0, x1):
            row[x] = " "


class PtyError(Exception):
    pass


class PtyProgram:
    """One program on a new pty. Use as a context manager or call close()."""

    def __init__(self, argv, env, cwd=None, rows=24, cols=80):
        self.screen = Screen(rows, cols)
        self.argv = argv
        master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
        name = os.ttyname(slave)
        self.master = master
        self.last_ns = None  # stamp of the last byte read
        self.nbytes = 0
        self.exited = None
        # setsid comes before the file actions (glibc), so opening the
        # slave by name makes it the controlling terminal
        actions = [
            (os.POSIX_SPAWN_OPEN, 0, name, os.O_RDWR, 0),
            (os.POSIX_SPAWN_DUP2, 0, 1),
            (os.POSIX_SPAWN_DUP2, 0, 2),
        ]
        old = os.getcwd()
        try:
            if cwd:
                os.chdir(cwd)
            self.t0 = time.perf_counter_ns()
            self.pid = os.posix_spawn(argv[0], argv, env, file_actions=actions, setsid=True)
        finally:
            os.chdir(old)
            os.close(slave)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def _read(self, timeout):
        """Read what is there within timeout seconds; False on timeout."""
        r, _, _ = select.select([self.master], [], [], max(0.0, timeout))
        if not r:
            return False
        try:
            data = os.read(self.master, 65536)
        except OSError:  # EIO: the slave side is closed
            data = b""
        stamp = time.perf_counter_ns()
        if not data:
            self._reap(block=True)
            raise PtyError("%s ended (%s) before the screen was drawn:\n%s"
                           % (self.argv[0], self.exited, self.screen.text()))
        self.screen.feed(data)
        self.last_ns = stamp
        self.nbytes += len(data)
        return True

    def wait_drawn(self, predicate, quiet=0.03, timeout=10.0, since=None):
        """Wait until predicate(screen) holds, then for `quiet` seconds
        without output. Returns the stamp of the last byte minus `since`
        (default: the spawn), in ns."""
        since = self.t0 if since is None else since
        deadline = time.monotonic() + timeout
        start_bytes = self.nbytes
        while not (self.nbytes > start_bytes and predicate(self.screen)):
            if time.monotonic() > deadline:
                raise PtyError("%s: the expected screen did not appear in %.0f s:\n%s"
                               % (self.argv[0], timeout, self.screen.text()))
            self._read(deadline - time.monotonic())
        while self._read(quiet):
            if time.monotonic() > deadline:
                raise PtyError("%s: output did not stop" % self.argv[0])
        return self.last_ns - since

    def key(self, name):
        """The bytes a terminal sends for a key, in the mode the program set."""
        arrows = {"up": "A", "down": "B", "right": "C", "left": "D"}
        if name in arrows:
            return ("\x1bO" if self.screen.app_cursor else "\x1b[") + arrows[name]
        return {"enter": "\r", "esc": "\x1b"}.get(name, name)

    def press(self, name, predicate, quiet=0.03, timeout=10.0):
        """Send a key and wait until the screen is redrawn: (ns from the
        write to the last byte of the redraw, CPU ns the program used)."""
        data = self.key(name).encode()
        cpu = self.cpu_ns()
        t = time.perf_counter_ns()
        os.write(self.master, data)
        wall = self.wait_drawn(predicate, quiet, timeout, since=t)
        return wall, self.cpu_ns() - cpu

    def cpu_ns(self):
        """CPU time the program has used so far (user and system), in ns:
        the first field of /proc/PID/schedstat, exact for a program that
        is waiting for input."""
        with open("/proc/%d/schedstat" % self.pid) as f:
            return int(f.read().split()[0])

    def vm_hwm_kib(self):
        """Peak resident memory so far (VmHWM in /proc/PID/status), KiB."""
        with open("/proc/%d/status" % self.pid) as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
        raise PtyError("no VmHWM for %d" % self.pid)

    def _reap(self, block):
        if self.exited is not None:
            return True
        pid, st = os.waitpid(self.pid, 0 if block else os.WNOHANG)
        if pid == 0:
            return False
        self.exited = os.waitstatus_to_exitcode(st)
        return True

    def close(self, quit_key=None, timeout=5.0):
        """Stop the program: its quit key if given (then wait for it), else
        SIGTERM; SIGKILL if it does not go. Returns its exit code."""
        if self.exited is None:
            try:
                if quit_key:
                    os.write(self.master, self.key(quit_key).encode())
                else:
                    os.kill(self.pid, signal.SIGTERM)
            except OSError:
                pass
            deadline = time.monotonic() + timeout
            while not self._reap(block=False):
                if time.monotonic() > deadline:
                    os.kill(self.pid, signal.SIGKILL)
                    self._reap(block=True)
                    break
                try:  # drain, so a program blocked on output can go on
                    r, _, _ = select.select([self.master], [], [], 0.01)
                    if r:
                        os.read(self.master, 65536)
                except OSError:
                    time.sleep(0.01)
        if self.master >= 0:
            os.close(self.master)
            self.master = -1
        return self.exited
