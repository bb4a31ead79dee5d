/*
 * desk's single-file launcher (POSIX: Linux and macOS).
 *
 * The executable is this small program with the app's onedir build appended as a payload
 * and a fixed-size trailer at the very end. On launch it looks for the payload's unpacked
 * folder under the user's cache dir, keyed by the app name and the payload's content hash.
 * If the folder is there and complete, it execs the app from it at once: nothing is
 * unpacked twice. Otherwise it unpacks into a temporary sibling folder, writes a marker
 * and renames the folder into place atomically, so a half-finished unpack is never used
 * and two launches at once are safe. Older versions of the same app are removed.
 *
 * Payload records (little-endian): u8 kind (0 dir, 1 zlib file, 2 symlink, 3 zstd file,
 * 255 end), u32 mode, u32 path length, u64 stored length, u64 raw length, path bytes, stored
 * bytes (a zlib stream or a zstd frame; symlinks store their target). Built with -DDESK_ZSTD
 * and libzstd, the launcher reads zstd files and says so in CODEC_TAG, which desk build
 * looks for to choose the payload's codec.
 * Trailer (120 bytes): "DESKPAY1", u64 payload offset, u64 payload length,
 * 32 bytes hex hash, 64 bytes app name (NUL padded).
 *
 * Unpacking maps the executable into memory, makes the folders and links in record order,
 * then decodes the files on one thread per core (at most MAX_WORKERS), largest first.
 */
#define _GNU_SOURCE
#define _XOPEN_SOURCE 700
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <limits.h>
#include <pthread.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>
#include <zlib.h>
#ifdef DESK_ZSTD
#include <zstd.h>
#endif
#ifdef __APPLE__
#include <mach-o/dyld.h>
#endif

#define TRAILER_SIZE 120
#define MAGIC "DESKPAY1"
#define MARKER ".desk-complete"
#define MAX_WORKERS 8
#define OUT_CHUNK (1 << 18)
#ifdef DESK_ZSTD
__attribute__((used)) static const char CODEC_TAG[] = "desk-launcher-codecs: zlib zstd";
#endif

static void die(const char *what, const char *detail) {
    fprintf(stderr, "desk launcher: %s%s%s\n", what, detail ? ": " : "", detail ? detail : "");
    exit(70);
}

static uint64_t le64(const unsigned char *p) {
    uint64_t v = 0;
    for (int i = 7; i >= 0; i--) v = (v << 8) | p[i];
    return v;
}

static uint32_t le32(const unsigned char *p) {
    return (uint32_t)p[0] | ((uint32_t)p[1] << 8) | ((uint32_t)p[2] << 16) | ((uint32_t)p[3] << 24);
}

static int self_path(char *out, size_t size) {
#ifdef __APPLE__
    uint32_t len = (uint32_t)size;
    char raw[PATH_MAX];
    uint32_t rawlen = sizeof raw;
    if (_NSGetExecutablePath(raw, &rawlen) != 0) return -1;
    if (!realpath(raw, out)) return -1;
    (void)len;
    return 0;
#else
    ssize_t n = readlink("/proc/self/exe", out, size - 1);
    if (n < 0) return -1;
    out[n] = 0;
    return 0;
#endif
}

static int mkdirs(const char *path) {
    char tmp[PATH_MAX];
    snprintf(tmp, sizeof tmp, "%s", path);
    for (char *p = tmp + 1; *p; p++) {
        if (*p == '/') {
            *p = 0;
            if (mkdir(tmp, 0700) != 0 && errno != EEXIST) return -1;
            *p = '/';
        }
    }
    if (mkdir(tmp, 0700) != 0 && errno != EEXIST) return -1;
    return 0;
}

static int remove_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw) {
    (void)st; (void)flag; (void)ftw;
    return remove(path);
}

static void remove_tree(const char *path) { nftw(path, remove_entry, 16, FTW_DEPTH | FTW_PHYS); }

static void cache_root(char *out, size_t size) {
    const char *override = getenv("DESK_BUNDLE_CACHE");
    if (override && *override) { snprintf(out, size, "%s", override); return; }
    const char *home = getenv("HOME");
    if (!home || !*home) home = "/tmp";
#ifdef __APPLE__
    snprintf(out, size, "%s/Library/Caches/desk/bundles", home);
#else
    const char *xdg = getenv("XDG_CACHE_HOME");
    if (xdg && *xdg) snprintf(out, size, "%s/desk/bundles", xdg);
    else snprintf(out, size, "%s/.cache/desk/bundles", home);
#endif
}

static int marker_ok(const char *dir, const char *hash) {
    char path[PATH_MAX], buf[64] = {0};
    snprintf(path, sizeof path, "%s/%s", dir, MARKER);
    FILE *f = fopen(path, "rb");
    if (!f) return 0;
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    fclose(f);
    return n >= 32 && strncmp(buf, hash, 32) == 0;
}

static void read_exact(FILE *f, void *buf, size_t n) {
    if (n && fread(buf, 1, n, f) != n) die("the payload is truncated", NULL);
}

static void write_all(int fd, const unsigned char *buf, size_t n, const char *dest) {
    while (n > 0) {
        ssize_t done = write(fd, buf, n);
        if (done < 0 && errno == EINTR) continue;
        if (done <= 0) die("cannot write (is the disk full?)", dest);
        buf += done;
        n -= (size_t)done;
    }
}

static void inflate_to(const unsigned char *src, uint64_t stored, int fd, const char *dest, unsigned char *outbuf) {
    z_stream zs;
    memset(&zs, 0, sizeof zs);
    if (inflateInit(&zs) != Z_OK) die("zlib init failed", NULL);
    uint64_t left = stored;
    int ret = Z_OK;
    while (ret != Z_STREAM_END) {
        if (zs.avail_in == 0) {
            if (left == 0) die("the payload is truncated", dest);
            uInt chunk = left < (1u << 30) ? (uInt)left : (1u << 30);
            zs.next_in = (unsigned char *)src;
            zs.avail_in = chunk;
            src += chunk;
            left -= chunk;
        }
        zs.next_out = outbuf;
        zs.avail_out = OUT_CHUNK;
        ret = inflate(&zs, Z_NO_FLUSH);
        if (ret != Z_OK && ret != Z_STREAM_END) die("the payload is corrupt", dest);
        write_all(fd, outbuf, OUT_CHUNK - zs.avail_out, dest);
    }
    inflateEnd(&zs);
}

#ifdef DESK_ZSTD
static void unzstd_to(ZSTD_DCtx *dctx, const unsigned char *src, uint64_t stored, int fd, const char *dest, unsigned char *outbuf) {
    ZSTD_DCtx_reset(dctx, ZSTD_reset_session_only);
    ZSTD_inBuffer input = {src, (size_t)stored, 0};
    size_t ret = 1;
    for (;;) {
        ZSTD_outBuffer output = {outbuf, OUT_CHUNK, 0};
        ret = ZSTD_decompressStream(dctx, &output, &input);
        if (ZSTD_isError(ret)) die("the payload is corrupt", dest);
        write_all(fd, outbuf, output.pos, dest);
        if (ret == 0 && input.pos == input.size) break; /* the frame is complete and all input used */
        if (input.pos == input.size && output.pos < output.size) die("the payload is truncated", dest);
    }
}
#endif

typedef struct {
    unsigned kind;
    uint32_t mode;
    const unsigned char *data;
    uint64_t stored;
    char *dest;
} job_t;

static job_t *jobs;
static size_t job_count;
static size_t next_job; /* taken with __atomic_fetch_add */

static void decode_job(const job_t *job, unsigned char *outbuf, void *dctx) {
    int fd = open(job->dest, O_WRONLY | O_CREAT | O_TRUNC, (mode_t)(job->mode & 0777));
    if (fd < 0) die("cannot create", job->dest);
    if (job->kind == 1) {
        inflate_to(job->data, job->stored, fd, job->dest, outbuf);
    } else {
#ifdef DESK_ZSTD
        unzstd_to((ZSTD_DCtx *)dctx, job->data, job->stored, fd, job->dest, outbuf);
#else
        (void)dctx;
        die("this launcher cannot read zstd payloads", job->dest);
#endif
    }
    if (close(fd) != 0) die("cannot write (is the disk full?)", job->dest);
}

static void *worker(void *arg) {
    (void)arg;
    unsigned char *outbuf = malloc(OUT_CHUNK);
    if (!outbuf) die("out of memory", NULL);
    void *dctx = NULL;
#ifdef DESK_ZSTD
    dctx = ZSTD_createDCtx();
    if (!dctx) die("zstd init failed", NULL);
    ZSTD_DCtx_setParameter((ZSTD_DCtx *)dctx, ZSTD_d_windowLogMax, 27);
#endif
    for (;;) {
        size_t i = __atomic_fetch_add(&next_job, 1, __ATOMIC_RELAXED);
        if (i >= job_count) break;
        decode_job(&jobs[i], outbuf, dctx);
    }
#ifdef DESK_ZSTD
    ZSTD_freeDCtx((ZSTD_DCtx *)dctx);
#endif
    free(outbuf);
    return NULL;
}

static int larger_first(const void *a, const void *b) {
    uint64_t x = ((const job_t *)a)->stored, y = ((const job_t *)b)->stored;
    return x < y ? 1 : x > y ? -1 : 0;
}

/* Folders and links in record order (a record's folder comes before it), then the files in parallel. */
static void unpack(const unsigned char *payload, uint64_t length, const char *dir) {
    uint64_t pos = 0;
    size_t capacity = 0;
    for (;;) {
        if (length - pos < 1) die("the payload is truncated", NULL);
        unsigned kind = payload[pos];
        if (kind == 255) break;
        if (length - pos < 25) die("the payload is truncated", NULL);
        const unsigned char *head = payload + pos;
        uint32_t mode = le32(head + 1), plen = le32(head + 5);
        uint64_t stored = le64(head + 9);
        pos += 25;
        if (plen == 0 || plen >= PATH_MAX - strlen(dir) - 2) die("bad path in payload", NULL);
        if (length - pos < plen || length - pos - plen < stored) die("the payload is truncated", NULL);
        char rel[PATH_MAX], dest[PATH_MAX];
        memcpy(rel, payload + pos, plen);
        rel[plen] = 0;
        pos += plen;
        const unsigned char *data = payload + pos;
        pos += stored;
        if (rel[0] == '/' || strstr(rel, "..")) die("unsafe path in payload", rel);
        snprintf(dest, sizeof dest, "%s/%s", dir, rel);
        if (kind == 0) {
            if (mkdirs(dest) != 0) die("cannot create folder", dest);
        } else if (kind == 1 || kind == 3) {
            if (job_count == capacity) {
                capacity = capacity ? capacity * 2 : 1024;
                jobs = realloc(jobs, capacity * sizeof *jobs);
                if (!jobs) die("out of memory", NULL);
            }
            job_t job = {kind, mode, data, stored, strdup(dest)};
            if (!job.dest) die("out of memory", NULL);
            jobs[job_count++] = job;
        } else if (kind == 2) {
            char target[PATH_MAX];
            if (stored >= sizeof target) die("bad link in payload", rel);
            memcpy(target, data, (size_t)stored);
            target[stored] = 0;
            if (symlink(target, dest) != 0) die("cannot create link", dest);
        } else {
            die("unknown record in payload", rel);
        }
    }
    qsort(jobs, job_count, sizeof *jobs, larger_first);
    long cores = sysconf(_SC_NPROCESSORS_ONLN);
    const char *forced = getenv("DESK_LAUNCHER_THREADS");
    if (forced && *forced) cores = atol(forced);
    size_t workers = cores < 1 ? 1 : cores > MAX_WORKERS ? MAX_WORKERS : (size_t)cores;
    if (workers > job_count) workers = job_count ? job_count : 1;
    pthread_t threads[MAX_WORKERS];
    size_t started = 0;
    for (size_t i = 1; i < workers; i++) {
        if (pthread_create(&threads[started], NULL, worker, NULL) != 0) break; /* fewer threads: still correct */
        started++;
    }
    worker(NULL); /* this thread works too */
    for (size_t i = 0; i < started; i++) pthread_join(threads[i], NULL);
    for (size_t i = 0; i < job_count; i++) free(jobs[i].dest);
    free(jobs);
    jobs = NULL;
    job_count = 0;
}

static void clean_old(const char *root, const char *name, const char *keep) {
    DIR *d = opendir(root);
    if (!d) return;
    struct dirent *e;
    size_t nlen = strlen(name);
    while ((e = readdir(d)) != NULL) {
        if (strncmp(e->d_name, name, nlen) != 0 || e->d_name[nlen] != '-') continue;
        if (strcmp(e->d_name, keep) == 0) continue;
        char path[PATH_MAX];
        snprintf(path, sizeof path, "%s/%s", root, e->d_name);
        const char *tmp = strstr(e->d_name, ".tmp-");
        if (tmp) {
            pid_t pid = (pid_t)atoi(tmp + 5);
            if (pid > 0 && kill(pid, 0) == 0) continue; /* another launch is unpacking */
        }
        remove_tree(path);
    }
    closedir(d);
}

int main(int argc, char **argv) {
    char self[PATH_MAX];
    if (self_path(self, sizeof self) != 0) die("cannot find its own executable", NULL);
    FILE *f = fopen(self, "rb");
    if (!f) die("cannot open its own executable", self);
    unsigned char tr[TRAILER_SIZE];
    if (fseeko(f, -TRAILER_SIZE, SEEK_END) != 0) die("no payload", NULL);
    read_exact(f, tr, TRAILER_SIZE);
    if (memcmp(tr, MAGIC, 8) != 0) die("no payload found: this launcher was not built by desk build", NULL);
    uint64_t offset = le64(tr + 8), length = le64(tr + 16);
    char hash[33], name[65];
    memcpy(hash, tr + 24, 32); hash[32] = 0;
    memcpy(name, tr + 56, 64); name[64] = 0;

    char root[PATH_MAX], dir[PATH_MAX], exe[PATH_MAX], leaf[PATH_MAX];
    cache_root(root, sizeof root);
    if (mkdirs(root) != 0) die("cannot create the cache folder", root);
    snprintf(leaf, sizeof leaf, "%s-%s", name, hash);
    snprintf(dir, sizeof dir, "%s/%s", root, leaf);
    snprintf(exe, sizeof exe, "%s/%s", dir, name);

    if (!marker_ok(dir, hash)) {
        struct stat st;
        if (stat(dir, &st) == 0) {
            /* a folder without a valid marker: damaged; move it aside and unpack again */
            char trash[PATH_MAX];
            snprintf(trash, sizeof trash, "%s.trash-%d", dir, (int)getpid());
            if (rename(dir, trash) == 0) remove_tree(trash);
        }
        char tmp[PATH_MAX];
        snprintf(tmp, sizeof tmp, "%s.tmp-%d", dir, (int)getpid());
        remove_tree(tmp);
        if (mkdirs(tmp) != 0) die("cannot create", tmp);
        if (getenv("DESK_LAUNCHER_VERBOSE")) fprintf(stderr, "desk launcher: unpacking to %s\n", dir);
        struct stat self_st;
        if (fstat(fileno(f), &self_st) != 0) die("cannot read the payload", NULL);
        if (offset > (uint64_t)self_st.st_size || length > (uint64_t)self_st.st_size - offset) die("the payload is truncated", NULL);
        void *mapped = mmap(NULL, (size_t)self_st.st_size, PROT_READ, MAP_PRIVATE, fileno(f), 0);
        if (mapped == MAP_FAILED) die("cannot read the payload", strerror(errno));
        unpack((const unsigned char *)mapped + offset, length, tmp);
        munmap(mapped, (size_t)self_st.st_size);
        char marker[PATH_MAX];
        snprintf(marker, sizeof marker, "%s/%s", tmp, MARKER);
        FILE *m = fopen(marker, "wb");
        if (!m || fwrite(hash, 1, 32, m) != 32 || fclose(m) != 0) die("cannot write the marker", marker);
        if (rename(tmp, dir) != 0) {
            remove_tree(tmp); /* another launch finished first: use its folder */
            if (!marker_ok(dir, hash)) die("cannot move the unpacked app into place", dir);
        }
        clean_old(root, name, leaf);
    }
    fclose(f);
    setenv("DESK_BUNDLE_EXE", self, 1);
    argv[0] = exe;
    execv(exe, argv);
    die("cannot start the app", exe);
    (void)argc;
    return 70;
}
