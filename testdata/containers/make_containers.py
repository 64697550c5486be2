#!/usr/bin/env python3
"""Writes the container test files of testdata/containers/ from the pages
here (ferry.html, library.html) and those of ../encoding/make_pages.py, all
written for newsift's tests. Deterministic: fixed dates, ids and gzip
mtimes. Run from any folder: python3 make_containers.py

  ferry.mhtml             Chrome-style MHTML: quoted-printable HTML root
                          part, a style sheet and an image
  saphan.mht              IE-style MHTML: base64 HTML part whose only
                          charset declaration is the part's Content-Type
                          (windows-874, which detection cannot find)
  images-only.mhtml       MHTML without an HTML part
  ferry.html.gz           gzip of ferry.html
  ferry.truncated.html.gz the same cut in the middle
  library.http            library.html saved with its HTTP head (curl -i)
  crawl.warc              WARC 1.1: 12 records, 5 of them HTML pages
  crawl.warc.gz           the same, one gzip member per record
  damaged.warc            a record whose Content-Length runs into the next
                          record, junk between records, a record cut short
                          by the end of the file
  damaged.warc.gz         a gzip member cut short with members after it,
                          and a page in an unsupported content coding
"""
import base64
import gzip
import importlib.util
import os
import quopri

HERE = os.path.dirname(os.path.abspath(__file__))


def load_encoding_pages():
    path = os.path.join(HERE, "..", "encoding", "make_pages.py")
    spec = importlib.util.spec_from_file_location("make_pages", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


PAGES = load_encoding_pages()
FERRY = open(os.path.join(HERE, "ferry.html"), "rb").read()
LIBRARY = open(os.path.join(HERE, "library.html"), "rb").read()
SAPHAN_874 = PAGES.page("th-saphan", "windows-874", "nodecl")
OZERO_KOI8 = PAGES.page("ru-ozero", "koi8-r", "nodecl")
BRUECKE = PAGES.page("de-bruecke", "utf-8", "")
# Not a real image: a PNG signature and filler, enough for a skipped record.
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4
GIF = base64.b64decode("R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==")

FERRY_URL = "https://baycourier.example/news/2024/10/08/night-ferry-returns"
LIBRARY_URL = "https://riverside-gazette.example/local/2024/11/late-night-reading-room"
SAPHAN_URL = "https://riverside-news.example/th/2024/11/saphan"
OZERO_URL = "https://onega-vestnik.example/news/2024/02/led"
BRUECKE_URL = "https://lahntal-bote.example/2024/06/fahrradbruecke"


def write(name, data):
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


def gz(data):
    return gzip.compress(data, mtime=0)


def base64_lines(data):
    text = base64.b64encode(data)
    return b"\r\n".join(text[i:i + 76] for i in range(0, len(text), 76))


# --- MHTML -------------------------------------------------------------

def mhtml(headers, boundary, parts, preamble=b""):
    out = b"\r\n".join(h.encode() for h in headers) + b"\r\n\r\n" + preamble
    for part_headers, body in parts:
        out += b"--" + boundary + b"\r\n"
        out += b"\r\n".join(h.encode() for h in part_headers) + b"\r\n\r\n" + body + b"\r\n"
    return out + b"--" + boundary + b"--\r\n"


CHROME_BOUNDARY = b"----MultipartBoundary--Qx7vKz1R8mTnA3bYc9LdE2fWp5hJ4sU6gV0iN----"
CHROME_HEADERS = [
    "From: <Saved by Blink>",
    "Snapshot-Content-Location: " + FERRY_URL,
    "Subject: =?utf-8?Q?Night_ferry_to_Skerry_Island_returns?=",
    "Date: Tue, 8 Oct 2024 09:12:40 +0100",
    "MIME-Version: 1.0",
    "Content-Type: multipart/related;",
    '\ttype="text/html";',
    '\tboundary="' + CHROME_BOUNDARY.decode() + '"',
]
CSS_PART = (["Content-Type: text/css", "Content-Transfer-Encoding: quoted-printable",
             "Content-Location: https://baycourier.example/static/site.css"],
            quopri.encodestring(b"body { font-family: Georgia, serif; }\n.credit { color: #666; }\n"))
IMAGE_PART = (["Content-Type: image/jpeg", "Content-Transfer-Encoding: base64",
               "Content-Location: https://baycourier.example/img/ferry.jpg"], base64_lines(PNG))


def main():
    html_part = (["Content-Type: text/html", "Content-ID: <frame-5F2C1B3E@mhtml.blink>",
                  "Content-Transfer-Encoding: quoted-printable", "Content-Location: " + FERRY_URL],
                 quopri.encodestring(FERRY.replace(b"\n", b"\r\n")))
    write("ferry.mhtml", mhtml(CHROME_HEADERS, CHROME_BOUNDARY, [html_part, CSS_PART, IMAGE_PART]))
    write("images-only.mhtml", mhtml(CHROME_HEADERS, CHROME_BOUNDARY, [CSS_PART, IMAGE_PART]))

    ie_boundary = b"----=_NextPart_000_0000_01DB3A2C.4F1E2D30"
    write("saphan.mht", mhtml(
        ["From: <Saved by Windows Internet Explorer 8>",
         "Subject: Riverside News",
         "Date: Tue, 12 Nov 2024 16:40:12 +0700",
         "MIME-Version: 1.0",
         "Content-Type: multipart/related;",
         '\ttype="text/html";',
         '\tboundary="' + ie_boundary.decode() + '"',
         "X-MimeOLE: Produced By Microsoft MimeOLE V6.1.7601.24158"],
        ie_boundary,
        [(["Content-Type: text/html;", '\tcharset="windows-874"',
           "Content-Transfer-Encoding: base64", "Content-Location: " + SAPHAN_URL],
          base64_lines(SAPHAN_874)),
         (["Content-Type: image/gif", "Content-Transfer-Encoding: base64",
           "Content-Location: https://riverside-news.example/logo.gif"], base64_lines(GIF))],
        preamble=b"This is a multi-part message in MIME format.\r\n\r\n"))

    # --- gzip and HTTP ---------------------------------------------------
    write("ferry.html.gz", gz(FERRY))
    whole = gz(FERRY)
    write("ferry.truncated.html.gz", whole[:len(whole) // 2])
    write("library.http", b"HTTP/1.1 200 OK\r\nServer: nginx\r\n"
          b"Content-Type: text/html; charset=utf-8\r\n"
          b"Content-Length: " + str(len(LIBRARY)).encode() + b"\r\n\r\n" + LIBRARY)

    # --- WARC ------------------------------------------------------------
    crawl = [
        warcinfo(1),
        request(2, LIBRARY_URL),
        response(3, LIBRARY_URL, http(200, ["Content-Type: text/html; charset=utf-8"], LIBRARY)),
        metadata(4, LIBRARY_URL),
        response(5, "https://baycourier.example/img/ferry.jpg",
                 http(200, ["Content-Type: image/jpeg"], PNG)),
        response(6, "http://baycourier.example/ferry",
                 http(301, ["Location: " + FERRY_URL, "Content-Type: text/html"],
                      b"<html><body><p>Moved <a href='" + FERRY_URL.encode() + b"'>here</a>.</p>"
                      b"</body></html>")),
        response(7, FERRY_URL, http(200, ["Content-Type: text/html", "Content-Encoding: gzip",
                                          "Transfer-Encoding: chunked"], chunked(gz(FERRY)))),
        response(8, SAPHAN_URL, http(200, ["Content-Type: text/html; charset=windows-874"],
                                     SAPHAN_874)),
        response(9, "https://baycourier.example/missing",
                 http(404, ["Content-Type: text/html"],
                      b"<html><body><h1>Not found</h1><p>Sorry, this page does not exist.</p>"
                      b"</body></html>")),
        resource(10, OZERO_URL, "text/html; charset=koi8-r", OZERO_KOI8),
        revisit(11, FERRY_URL),
        response(12, "https://baycourier.example/static/site.css",
                 http(200, ["Content-Type: text/css"], b"body { margin: 0 }\n")),
        response(13, BRUECKE_URL, http(200, ["Server: test"], BRUECKE)),
    ]
    write("crawl.warc", b"".join(crawl))
    write("crawl.warc.gz", b"".join(gz(r) for r in crawl))

    # A plain WARC with damage. Record 22 claims more bytes than it has and
    # runs into record 23 and the junk after it; record 25 is cut short.
    saphan = response(23, SAPHAN_URL, http(200, ["Content-Type: text/html; charset=windows-874"],
                                           SAPHAN_874))
    junk = b"-- this line is not part of any record --\r\n"
    ferry = http(200, ["Content-Type: text/html; charset=utf-8"], FERRY)
    overlong = response(22, FERRY_URL, ferry, length=len(ferry) + len(saphan) + 10)
    # Drop the record's own end marker: the bytes that follow are record 23.
    overlong = overlong[:-4]
    cut = response(25, OZERO_URL, http(200, ["Content-Type: text/html; charset=koi8-r"],
                                       OZERO_KOI8))
    write("damaged.warc", b"".join([
        response(21, LIBRARY_URL, http(200, ["Content-Type: text/html"], LIBRARY)),
        overlong, saphan, junk,
        response(24, BRUECKE_URL, http(200, ["Content-Type: text/html"], BRUECKE)),
        cut[:len(cut) // 2]]))

    # A .warc.gz whose third member is cut in half, followed by whole ones;
    # and a page in Unix compress (LZW), a coding newsift does not decode.
    members = [gz(warcinfo(30)),
               gz(response(31, LIBRARY_URL, http(200, ["Content-Type: text/html"], LIBRARY))),
               gz(response(32, FERRY_URL, http(200, ["Content-Type: text/html"], FERRY))),
               gz(response(33, SAPHAN_URL, http(200, ["Content-Type: text/html; charset=windows-874"],
                                                SAPHAN_874))),
               gz(response(34, "https://baycourier.example/lzw",
                           http(200, ["Content-Type: text/html", "Content-Encoding: compress"],
                                bytes(range(1, 200))))),
               gz(response(35, BRUECKE_URL, http(200, ["Content-Type: text/html"], BRUECKE)))]
    members[2] = members[2][:len(members[2]) // 2]
    write("damaged.warc.gz", b"".join(members))


def record_id(n):
    return "<urn:uuid:6e1f0c2a-3b4d-4e5f-8a9b-%012d>" % n


def record(n, warc_type, uri, content_type, block, length=None, extra=()):
    headers = ["WARC/1.1", "WARC-Type: " + warc_type, "WARC-Record-ID: " + record_id(n),
               "WARC-Date: 2024-11-18T10:%02d:00Z" % n]
    if uri:
        headers.append("WARC-Target-URI: " + uri)
    headers += list(extra)
    headers += ["Content-Type: " + content_type,
                "Content-Length: " + str(len(block) if length is None else length)]
    return ("\r\n".join(headers) + "\r\n\r\n").encode() + block + b"\r\n\r\n"


def warcinfo(n):
    return record(n, "warcinfo", None, "application/warc-fields",
                  b"software: newsift-testdata\r\nformat: WARC File Format 1.1\r\n")


def request(n, uri):
    return record(n, "request", uri, "application/http; msgtype=request",
                  b"GET / HTTP/1.1\r\nHost: riverside-gazette.example\r\n\r\n")


def metadata(n, uri):
    return record(n, "metadata", uri, "application/warc-fields",
                  b"via: https://riverside-gazette.example/\r\nfetchTimeMs: 182\r\n",
                  extra=["WARC-Concurrent-To: " + record_id(n - 1)])


def revisit(n, uri):
    return record(n, "revisit", uri, "application/http; msgtype=response",
                  b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n",
                  extra=["WARC-Profile: http://netpreserve.org/warc/1.1/revisit/identical-payload-digest"])


def response(n, uri, block, length=None):
    return record(n, "response", uri, "application/http; msgtype=response", block, length)


def resource(n, uri, content_type, block):
    return record(n, "resource", uri, content_type, block)


def http(status, headers, body):
    reasons = {200: "OK", 301: "Moved Permanently", 404: "Not Found"}
    head = "HTTP/1.1 %d %s\r\n" % (status, reasons[status])
    head += "".join(h + "\r\n" for h in headers) + "\r\n"
    return head.encode() + body


def chunked(data):
    out = b""
    for i in range(0, len(data), 1000):
        piece = data[i:i + 1000]
        out += b"%x\r\n" % len(piece) + piece + b"\r\n"
    return out + b"0\r\n\r\n"


if __name__ == "__main__":
    main()
