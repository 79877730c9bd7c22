// WARC/ARC framing and HTTP payload decoding on archives written here and on real Heritrix/wget files.
#include <catch2/catch.hpp>

#include <zlib.h>
#include <filesystem>
#include <fstream>
#include <map>

#include "ingest/archive_articles.h"
#include "ingest/archive_reader.h"
#include "ingest/internal/http_message.h"
#include "support/cli_harness.h"

using namespace newsdex;
using namespace newsdex::ingest;
namespace fs = std::filesystem;

namespace {

std::string warc_record(const std::string& type, const std::string& uri, const std::string& content_type,
                        const std::string& block, std::size_t declared = std::string::npos) {
    return "WARC/1.0\r\nWARC-Type: " + type + "\r\nWARC-Target-URI: " + uri +
           "\r\nWARC-Date: 2015-12-15T10:21:33Z\r\nContent-Type: " + content_type +
           "\r\nContent-Length: " + std::to_string(declared == std::string::npos ? block.size() : declared) +
           "\r\n\r\n" + block + "\r\n\r\n";
}

std::string gzip(const std::string& data) {
    uLongf size = compressBound(data.size()) + 32;
    std::string out(size, '\0');
    z_stream stream{};
    deflateInit2(&stream, 9, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
    stream.avail_in = static_cast<uInt>(data.size());
    stream.next_out = reinterpret_cast<Bytef*>(out.data());
    stream.avail_out = static_cast<uInt>(out.size());
    deflate(&stream, Z_FINISH);
    out.resize(stream.total_out);
    deflateEnd(&stream);
    return out;
}

const std::string page =
    "<html><head><title>Grain exports rise</title></head><body><p>Wheat shipments grew.</p></body></html>";

std::string http_response(const std::string& headers, const std::string& body) {
    return "HTTP/1.1 200 OK\r\n" + headers + "\r\n" + body;
}

struct Read {
    std::vector<ArchiveRecord> records;
    std::vector<Diagnostic> problems;
};

Read read(const std::string& path, ArchiveFormat format, std::size_t limit = 16u << 20) {
    Read r;
    ArchiveLimits limits;
    limits.max_record_bytes = limit;
    read_archive(
        path, format, limits, record_may_hold_article,
        [&](ArchiveRecord& rec) {
            r.records.push_back(rec);
            return true;
        },
        [&](const Diagnostic& d) { r.problems.push_back(d); });
    return r;
}

std::string sample_warc() {
    std::string chunked = "1a\r\n" + page.substr(0, 26) + "\r\n" + std::to_string(0) + "\r\n\r\n";
    return warc_record("warcinfo", "", "application/warc-fields", "software: test\r\n") +
           warc_record("request", "http://example.com/a", "application/http; msgtype=request",
                       "GET /a HTTP/1.1\r\n\r\n") +
           warc_record("response", "http://example.com/a", "application/http; msgtype=response",
                       http_response("Content-Type: text/html\r\nContent-Encoding: gzip\r\n", gzip(page))) +
           warc_record("resource", "http://example.com/notes.txt", "text/plain", "Notes headline\n\nNotes body.") +
           warc_record("conversion", "http://example.com/b", "text/plain", "Converted headline\n\nConverted body.");
}

std::map<std::string, int> types(const Read& r) {
    std::map<std::string, int> out;
    for (const auto& rec : r.records) ++out[rec.type];
    return out;
}

}  // namespace

TEST_CASE("a WARC reads the same plain, gzipped per record and gzipped whole", "[unit]") {
    test::TempDir dir;
    std::ofstream(dir / "plain.warc", std::ios::binary) << sample_warc();
    std::ofstream(dir / "whole.warc.gz", std::ios::binary) << gzip(sample_warc());
    {
        // One gzip member per record, as crawlers write them.
        std::ofstream members(dir / "members.warc.gz", std::ios::binary);
        std::string all = sample_warc();
        for (std::size_t start = 0; start < all.size();) {
            std::size_t next = all.find("WARC/1.0", start + 1);
            if (next == std::string::npos) next = all.size();
            members << gzip(all.substr(start, next - start));
            start = next;
        }
    }
    for (const char* name : {"plain.warc", "whole.warc.gz", "members.warc.gz"}) {
        INFO(name);
        Read r = read(dir / name, ArchiveFormat::warc);
        CHECK(r.problems.empty());
        REQUIRE(r.records.size() == 5);
        CHECK(types(r) == std::map<std::string, int>{
                              {"warcinfo", 1}, {"request", 1}, {"response", 1}, {"resource", 1}, {"conversion", 1}});
        CHECK(r.records[1].block.empty());  // a request is skipped unread
        CHECK(r.records[2].target_uri == "http://example.com/a");
        CHECK(r.records[2].date == "2015-12-15T10:21:33Z");
        RecordArticle text = article_from_record(r.records[3]);
        REQUIRE(text.article);
        CHECK(text.article->title == "Notes headline");
        CHECK(text.article->id == "http://example.com/notes.txt");
        CHECK(text.article->crawled == "2015-12-15T10:21:33Z");
        RecordArticle converted = article_from_record(r.records[4]);
        REQUIRE(converted.article);
        CHECK(converted.article->body == "Converted body.");
        CHECK(article_from_record(r.records[1]).passed_over == "request record");
    }
}

TEST_CASE("HTTP payloads: chunked transfer and gzip/deflate content codings are undone", "[unit]") {
    std::string chunked_body = "5\r\nHello\r\n7;ext=1\r\n, world\r\n0\r\n\r\n";
    auto parsed = internal::parse_http_response(
        http_response("Content-Type: text/html; charset=UTF-8\r\nTransfer-Encoding: chunked\r\n", chunked_body),
        1 << 20);
    REQUIRE(std::holds_alternative<internal::HttpResponse>(parsed));
    auto& response = std::get<internal::HttpResponse>(parsed);
    CHECK(response.status == 200);
    CHECK(response.media_type == "text/html");
    CHECK(response.body == "Hello, world");
    CHECK(response.warnings.empty());

    // gzip inside chunked, the order a server applies them in.
    std::string zipped = gzip(page);
    char size[16];
    std::snprintf(size, sizeof size, "%zx", zipped.size());
    auto both = internal::parse_http_response(http_response("Transfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n",
                                                            std::string(size) + "\r\n" + zipped + "\r\n0\r\n\r\n"),
                                              1 << 20);
    CHECK(std::get<internal::HttpResponse>(both).body == page);

    // Bare LF line endings (some crawlers) and raw deflate.
    std::string deflated(compressBound(page.size()), '\0');
    uLongf deflated_size = deflated.size();
    compress(reinterpret_cast<Bytef*>(deflated.data()), &deflated_size, reinterpret_cast<const Bytef*>(page.data()),
             page.size());
    deflated.resize(deflated_size);
    auto zlib = internal::parse_http_response("HTTP/1.0 200 OK\nContent-Encoding: deflate\n\n" + deflated, 1 << 20);
    CHECK(std::get<internal::HttpResponse>(zlib).body == page);
}

TEST_CASE("broken payloads give warnings and what could be decoded, never a crash", "[unit][hostile]") {
    auto parse = [](const std::string& headers, const std::string& body, std::size_t max = 1 << 20) {
        return std::get<internal::HttpResponse>(internal::parse_http_response(http_response(headers, body), max));
    };
    auto bad_size = parse("Transfer-Encoding: chunked\r\n", "zz\r\nHello\r\n0\r\n\r\n");
    REQUIRE(bad_size.warnings.size() == 1);
    CHECK(bad_size.warnings[0].find("bad chunk size line 'zz'") != std::string::npos);
    auto too_long = parse("Transfer-Encoding: chunked\r\n", "5\r\nHello\r\nffffffff\r\nabc");
    CHECK(too_long.body == "Helloabc");
    CHECK(too_long.warnings.at(0).find("runs past the end") != std::string::npos);
    auto endless = parse("Transfer-Encoding: chunked\r\n", "5\r\nHello\r\n");
    CHECK(endless.warnings.at(0).find("without its last chunk") != std::string::npos);
    CHECK(endless.body == "Hello");

    std::string zipped = gzip(page);
    auto cut = parse("Content-Encoding: gzip\r\n", zipped.substr(0, zipped.size() / 2));
    CHECK(cut.warnings.at(0).find("truncated") != std::string::npos);
    CHECK(page.rfind(cut.body, 0) == 0);  // what came out is the page's start
    auto lying = parse("Content-Encoding: gzip\r\n", "not compressed at all");
    CHECK(lying.warnings.at(0).find("corrupt; used as sent") != std::string::npos);
    CHECK(lying.body == "not compressed at all");
    // A gzip bomb: 64 MB of zeros inflates only to the limit.
    auto bomb = parse("Content-Encoding: gzip\r\n", gzip(std::string(64u << 20, '\0')), 1 << 20);
    CHECK(bomb.body.size() == (1u << 20));
    CHECK(bomb.warnings.at(0).find("cut there") != std::string::npos);
    CHECK(std::holds_alternative<std::string>(internal::parse_http_response("GET / HTTP/1.1\r\n\r\n", 100)));
}

TEST_CASE("lying lengths, garbage, truncation and huge records are reported and the rest read", "[unit][hostile]") {
    test::TempDir dir;
    std::string good = warc_record("resource", "http://example.com/1", "text/plain", "One\n\nFirst.");
    std::string big = warc_record("resource", "http://example.com/big", "text/plain", std::string(5000, 'x'));
    // Content-Length says 3 bytes too few: the record's tail is garbage where the next header should be.
    std::string short_length = warc_record("resource", "http://example.com/2", "text/plain", "Two\n\nSecond.", 10);
    std::ofstream(dir / "hostile.warc", std::ios::binary)
        << good << "this is not a record\n"
        << big << short_length << good << "WARC/1.0\r\nWARC-Type: resource\r\n\r\n"
        << warc_record("resource", "http://example.com/last", "text/plain", "Last\n\nBody.", 500);
    Read r = read(dir / "hostile.warc", ArchiveFormat::warc, 1000);
    std::vector<std::string> uris;
    for (const auto& rec : r.records) uris.push_back(rec.target_uri);
    CHECK(uris == std::vector<std::string>{"http://example.com/1", "http://example.com/big", "http://example.com/2",
                                           "http://example.com/1"});
    CHECK(r.records[1].oversized);
    CHECK(r.records[1].block.empty());
    auto said = [&](const std::string& part) {
        for (const auto& d : r.problems) {
            if (d.reason.find(part) != std::string::npos) return true;
        }
        return false;
    };
    CHECK(said("no record header where one should start"));
    CHECK(said("no valid Content-Length"));
    CHECK(said("bytes short of its Content-Length (truncated)"));

    // A gzip file cut in the middle: the records before the cut, then a diagnostic.
    std::string zipped = gzip(sample_warc());
    std::ofstream(dir / "cut.warc.gz", std::ios::binary) << zipped.substr(0, zipped.size() - 40);
    Read cut = read(dir / "cut.warc.gz", ArchiveFormat::warc);
    CHECK(cut.records.size() >= 3);
    REQUIRE(!cut.problems.empty());
    CHECK(cut.problems.back().reason.find("truncated") != std::string::npos);
}

TEST_CASE("real Heritrix and wget archives: every record read, WARC and ARC alike", "[integration]") {
    fs::path warc = test::shared_dir() / "data" / "warc";
    test::skip_unless_exists(warc);
    std::string stem = (warc / "IAH-20080430204825-00000-blackbook-truncated").string();
    Read plain = read(stem + ".warc", ArchiveFormat::warc);
    Read zipped = read(stem + ".warc.gz", ArchiveFormat::warc);
    CHECK(plain.problems.empty());
    CHECK(types(plain) ==
          std::map<std::string, int>{{"warcinfo", 1}, {"request", 7}, {"response", 8}, {"metadata", 7}});
    CHECK(types(zipped) == types(plain));
    CHECK(plain.records[2].target_uri == "http://www.archive.org/robots.txt");

    Read arc = read(stem + ".arc", ArchiveFormat::arc);
    Read arc_zipped = read(stem + ".arc.gz", ArchiveFormat::arc);
    CHECK(arc.problems.empty());
    CHECK(types(arc) == std::map<std::string, int>{{"filedesc", 1}, {"response", 8}});
    CHECK(types(arc_zipped) == types(arc));
    CHECK(arc.records[1].date == "2008-04-30T20:48:25Z");
    // The same crawl in both formats: the ARC's responses are the WARC's response records.
    for (std::size_t n = 0, w = 0; n < arc.records.size(); ++n) {
        if (arc.records[n].type != "response") continue;
        while (plain.records[w].type != "response") ++w;
        CHECK(arc.records[n].target_uri == plain.records[w++].target_uri);
    }

    Read wget = read((warc / "IAH-urls-wget.warc.gz").string(), ArchiveFormat::warc);
    CHECK(wget.problems.empty());
    CHECK(types(wget) ==
          std::map<std::string, int>{{"warcinfo", 1}, {"request", 16}, {"response", 16}, {"resource", 3}});
}
