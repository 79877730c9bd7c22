// read_web_page on small pages of our own: metadata sources, main content, charsets and hostile markup.
#include <catch2/catch.hpp>

#include <string>

#include "webpage/web_page.h"

using newsdex::webpage::looks_like_html;
using newsdex::webpage::PageInput;
using newsdex::webpage::read_web_page;
using newsdex::webpage::WebPage;

namespace {

// Five paragraphs of article text, long enough to win against any boilerplate around them.
std::string article_paragraphs() {
    std::string out;
    for (int i = 1; i <= 5; ++i) {
        out += "<p>Paragraph " + std::to_string(i) +
               " of the harbour story: the council voted on Tuesday, after months of debate, to rebuild the "
               "old sea wall, which storms have broken twice since 2010, and to pay for it with a new levy.</p>\n";
    }
    return out;
}

std::string boilerplate_page(const std::string& head, const std::string& article) {
    return "<!DOCTYPE html><html lang=\"en-GB\"><head>" + head +
           "</head><body>"
           "<nav class=\"menu\"><a href=\"/\">Home</a> <a href=\"/world\">World news</a> <a href=\"/sport\">Sport "
           "pages</a></nav>"
           "<div class=\"sidebar\"><h3>Most read</h3><ul><li><a href=\"/a\">Celebrity kitten adopts a parrot "
           "overnight</a></li><li><a href=\"/b\">Ten recipes for winter soup</a></li></ul></div>"
           "<article><h1>Council votes to rebuild the sea wall</h1>" +
           article +
           "</article>"
           "<div id=\"comments\"><p>Reader comment: this levy is a scandal and I will never pay it, never.</p></div>"
           "<footer>Copyright Example Gazette. Cookie settings. Contact us.</footer></body></html>";
}

WebPage read(const std::string& html, const std::string& url = "", const std::string& content_type = "") {
    return read_web_page(PageInput{html, url, content_type});
}

}  // namespace

TEST_CASE("a JSON-LD NewsArticle gives title, author, dates, site and section", "[unit]") {
    std::string head =
        "<title>Council votes to rebuild the sea wall | Example Gazette</title>"
        "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":"
        "\"WebSite\",\"name\":\"Example Gazette\"},{\"@type\":\"NewsArticle\",\"headline\":\"Council votes to "
        "rebuild the sea wall\",\"datePublished\":\"2015-12-15T09:30:00+00:00\",\"dateModified\":"
        "\"2015-12-16T10:00:00Z\",\"author\":[{\"@type\":\"Person\",\"name\":\"Ann Reporter\"},{\"@type\":"
        "\"Person\",\"name\":\"Bo Writer\"}],\"publisher\":{\"@type\":\"Organization\",\"name\":\"Example "
        "Gazette\"},\"articleSection\":\"Local\"}]}</script>"
        "<link rel=\"canonical\" href=\"/2015/12/15/sea-wall\">";
    WebPage page = read(boilerplate_page(head, article_paragraphs()), "https://gazette.example/x?utm=1");
    CHECK(page.metadata.title == "Council votes to rebuild the sea wall");
    CHECK(page.metadata.byline == "Ann Reporter, Bo Writer");
    CHECK(page.metadata.published == "2015-12-15T09:30:00+00:00");
    CHECK(page.metadata.modified == "2015-12-16T10:00:00Z");
    CHECK(page.metadata.site_name == "Example Gazette");
    CHECK(page.metadata.language == "en-GB");
    CHECK(page.metadata.canonical_url == "https://gazette.example/2015/12/15/sea-wall");
    CHECK(page.metadata.categories == std::vector<std::string>{"Local"});
    CHECK(page.body.find("Paragraph 1 of the harbour story") == 0);
    CHECK(page.body.find("Paragraph 5 of the harbour story") != std::string::npos);
    CHECK(page.body.find("\n\nParagraph 2") != std::string::npos);
    for (const char* boilerplate : {"World news", "Celebrity kitten", "Reader comment", "Cookie settings"}) {
        INFO(boilerplate);
        CHECK(page.body.find(boilerplate) == std::string::npos);
    }
}

TEST_CASE("JSON-LD wrapped in CDATA or a comment is read like bare JSON-LD", "[unit]") {
    auto [open, close] = GENERATE(table<std::string, std::string>({
        {"", ""},
        {"<![CDATA[", "]]>"},
        {"\n  <![CDATA[\n", "\n  ]]>\n"},
        {"//<![CDATA[", "//]]>"},
        {"<!--", "-->"},
    }));
    std::string head = "<title>Sea wall | Example Gazette</title><script type=\"application/ld+json\">" + open +
                       "[{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"Council "
                       "votes to rebuild the sea wall\",\"datePublished\":\"2015-12-15T09:30:00+00:00\",\"author\":"
                       "{\"@type\":\"Person\",\"name\":\"Ann Reporter\"}}]" +
                       close + "</script>";
    WebPage page = read(boilerplate_page(head, article_paragraphs()));
    INFO("wrapper: " << open);
    CHECK(page.metadata.title == "Council votes to rebuild the sea wall");
    CHECK(page.metadata.byline == "Ann Reporter");
    CHECK(page.metadata.published == "2015-12-15T09:30:00+00:00");
}

TEST_CASE("JSON-LD creator and dateCreated yield to the page's byline and publication meta", "[unit]") {
    std::string ld =
        "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Sea wall\","
        "\"creator\":\"cms_user7\",\"dateCreated\":\"2016-03-05T02:00:00Z\"}</script>";
    std::string byline = "<p class=\"byline\">By Jane Roe</p>";
    WebPage page = read(boilerplate_page(ld + "<meta property=\"article:published_time\" "
                                              "content=\"2016-03-04T18:00:00-08:00\">",
                                         byline + article_paragraphs()));
    CHECK(page.metadata.byline == "Jane Roe");
    CHECK(page.metadata.published == "2016-03-04T18:00:00-08:00");
    // Alone, they still count.
    WebPage alone = read(boilerplate_page(ld, article_paragraphs()));
    CHECK(alone.metadata.byline == "cms_user7");
    CHECK(alone.metadata.published == "2016-03-05T02:00:00Z");
}

TEST_CASE("without JSON-LD: OpenGraph, article:*, a byline element and the URL's date", "[unit]") {
    std::string head =
        "<title>Sea wall - Example Gazette</title><meta property=\"og:title\" content=\"Sea wall to be rebuilt\">"
        "<meta property=\"og:site_name\" content=\"Example Gazette\">"
        "<meta property=\"article:published_time\" content=\"2016-03-04T08:00:00Z\">";
    std::string article = "<p class=\"byline\">By <span>Carla Columnist</span></p>" + article_paragraphs();
    WebPage page = read(boilerplate_page(head, article));
    CHECK(page.metadata.title == "Sea wall to be rebuilt");
    CHECK(page.metadata.byline == "Carla Columnist");
    CHECK(page.metadata.published == "2016-03-04T08:00:00Z");
    CHECK(page.metadata.site_name == "Example Gazette");

    WebPage prefixed =
        read(boilerplate_page("<title>Sea wall</title><meta property=\"og:article:author\" "
                              "content=\"Dee Desk\"><meta property=\"og:article:published_time\" "
                              "content=\"2016-03-05\">",
                              article_paragraphs()));
    CHECK(prefixed.metadata.byline == "Dee Desk");
    CHECK(prefixed.metadata.published == "2016-03-05");

    WebPage bare = read(boilerplate_page("<title>Sea wall</title>", article_paragraphs()),
                        "https://gazette.example/news/2014/07/09/sea-wall.html");
    CHECK(bare.metadata.published == "2014-07-09");
}

TEST_CASE("a byline block gives the author's name, not its date, job title or a login box", "[unit]") {
    auto [block, expected] = GENERATE(table<std::string, std::string>({
        {"<div class=\"byline\">By <a rel=\"author\" href=\"/a/jo\">Jo Ink</a></div>", "Jo Ink"},
        {"<div class=\"post-author-date\"><h6 class=\"byline\"><em class=\"byline__by\">By</em> <span "
         "class=\"byline__author\">Jo Ink</span></h6><p><em>May 20, 2019</em></p></div>",
         "Jo Ink"},
        {"<div class=\"author\"><a class=\"author-link\" href=\"/a/jo\">Jo Ink<div class=\"author-title\">Games "
         "Editor</div></a></div>",
         "Jo Ink"},
        {"<div class=\"byline\"><span class=\"author vcard\"><span class=\"author-name fn\">Jo Ink</span></span> "
         "<span class=\"posted-time\"> &bull; <time datetime=\"2017-02-23\">8h</time></span></div>",
         "Jo Ink"},
        {"<p class=\"byline\">By <span class=\"author\">Jo Ink</span> and <span class=\"author\">Al Pen</span></p>",
         "Jo Ink, Al Pen"},
        {"<div id=\"authorization\">Sign in | Sign up</div><p class=\"byline\">By Jo Ink</p>", "Jo Ink"},
    }));
    WebPage page = read(boilerplate_page("<title>Sea wall</title>", block + article_paragraphs()));
    INFO(block);
    CHECK(page.metadata.byline == expected);
}

TEST_CASE("the <title> loses the site name after a separator", "[unit]") {
    auto [title, expected] = GENERATE(table<std::string, std::string>({
        {"Council votes to rebuild the sea wall | Example Gazette", "Council votes to rebuild the sea wall"},
        {"Council votes to rebuild the sea wall - Example Gazette", "Council votes to rebuild the sea wall"},
        {"Council votes to rebuild the sea wall \xC2\xBB Gazette", "Council votes to rebuild the sea wall"},
        {"Short | Site", "Short | Site"},
        // Four words or fewer left: kept only when the separators are hierarchical and the cut lost one word
        // (Readability's rule; two separators may share a space).
        {"Sea wall / Gazette", "Sea wall / Gazette"},
        {"Gazette \xC2\xBB Local \xC2\xBB Sea wall works", "Gazette \xC2\xBB Local \xC2\xBB Sea wall works"},
        {"Local news > Sea wall works - Gazette", "Local news > Sea wall works"},
        {"Sea wall works - - Gazette site", "Sea wall works - - Gazette site"},
        {"Sea / / wall works", "Sea / / wall works"},
        {"Gazette > Sea wall", "Sea wall"},
    }));
    WebPage page =
        read("<html><head><title>" + title + "</title></head><body>" + article_paragraphs() + "</body></html>");
    CHECK(page.metadata.title == expected);
}

TEST_CASE("charsets: meta, HTTP header, none, and a wrong declaration", "[unit]") {
    std::string latin1_body = "<p>Caf\xE9 cr\xE8me \x93quoted\x94 " + std::string(200, 'x') + "</p>";
    WebPage meta = read("<html><head><meta charset=\"iso-8859-1\"></head><body>" + latin1_body + "</body></html>");
    CHECK(meta.body.find("Caf\xC3\xA9 cr\xC3\xA8me \xE2\x80\x9Cquoted\xE2\x80\x9D") == 0);
    CHECK(meta.warnings.empty());

    WebPage header = read("<html><body>" + latin1_body + "</body></html>", "", "text/html; charset=windows-1252");
    CHECK(header.body.find("Caf\xC3\xA9") == 0);

    WebPage none = read("<html><body>" + latin1_body + "</body></html>");
    CHECK(none.body.find("Caf\xC3\xA9") == 0);
    REQUIRE(!none.warnings.empty());
    CHECK(none.warnings[0] == "no charset declared; windows-1252 assumed");

    WebPage wrong = read(
        "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">"
        "</head><body><p>Caf\xC3\xA9 " +
        std::string(200, 'y') + "</p></body></html>");
    CHECK(wrong.body.find("Caf\xC3\xA9 y") == 0);
    REQUIRE(!wrong.warnings.empty());
    CHECK(wrong.warnings[0].find("but the bytes are UTF-8") != std::string::npos);

    // A CJK declaration over UTF-8 bytes (a page transcoded when saved) is read as UTF-8 too, while real GB18030
    // bytes under the same declaration are still decoded by it. "\u65b0\u95fb" is "news".
    std::string gb_head = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">";
    WebPage transcoded = read(gb_head + "<title>\xE6\x96\xB0\xE9\x97\xBB</title></head><body><p>" +
                              std::string(200, 'z') + "</p></body></html>");
    CHECK(transcoded.metadata.title == "\xE6\x96\xB0\xE9\x97\xBB");
    WebPage gb = read(gb_head + "<title>\xD0\xC2\xCE\xC5</title></head><body><p>" + std::string(200, 'z') +
                      "</p></body></html>");
    CHECK(gb.metadata.title == "\xE6\x96\xB0\xE9\x97\xBB");
    CHECK(gb.warnings.empty());
}

TEST_CASE("hostile markup gives a clean article or a diagnostic, never a crash", "[unit]") {
    SECTION("a script with </p> inside is not text") {
        WebPage page = read("<html><body><script>var s = '</p><p>injected words';</script>" + article_paragraphs() +
                            "</body></html>");
        CHECK(page.body.find("injected") == std::string::npos);
        CHECK(page.body.find("Paragraph 3") != std::string::npos);
    }
    SECTION("unclosed tags") {
        WebPage page = read(
            "<html><body><div><p>Unclosed paragraph one with enough words to count, surely, yes."
            "<p>Unclosed paragraph two, also long enough to be text, of course.<div><span><b>");
        CHECK(page.body.find("Unclosed paragraph one") != std::string::npos);
        CHECK(page.body.find("Unclosed paragraph two") != std::string::npos);
    }
    SECTION("100000 nested divs") {
        std::string html = "<html><body>";
        for (int i = 0; i < 100000; ++i) html += "<div>";
        html += "<p>Deep text at the bottom of the pile, with commas, and enough words to be a paragraph.</p>";
        WebPage page = read(html);
        CHECK(page.body.find("Deep text at the bottom") != std::string::npos);
        REQUIRE(!page.warnings.empty());
        CHECK(page.warnings[0].find("flattened") != std::string::npos);
    }
    SECTION("not HTML at all") {
        WebPage page = read(std::string("\0\x01\x02\xFF garbage", 12));
        CHECK(page.body.find("garbage") != std::string::npos);
        WebPage empty = read("");
        CHECK(empty.body.empty());
        CHECK(empty.warnings.back() == "no article text found");
    }
}

TEST_CASE("content sniffing recognises pages", "[unit]") {
    auto [head, html] = GENERATE(table<std::string, bool>({
        {"<!DOCTYPE html><html>", true},
        {"\xEF\xBB\xBF  <!doctype HTML>", true},
        {"<!-- generated --> <html lang=en>", true},
        {"<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\">", true},
        {"<?xml version=\"1.0\"?><rss version=\"2.0\">", false},
        {"Plain text headline\n\nBody.", false},
        {"{\"id\": 1}", false},
    }));
    CHECK(looks_like_html(head) == html);
}
