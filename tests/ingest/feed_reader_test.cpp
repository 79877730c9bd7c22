// RSS 2.0, Atom and RSS 1.0 feeds of our own writing: the right titles, dates, authors, links and bodies.
#include <catch2/catch.hpp>

#include "ingest/feed_reader.h"

using namespace newsdex;
using namespace newsdex::ingest;

namespace {

const char* rss = R"(<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>Harbour Gazette</title>
  <link>https://gazette.example/</link>
  <language>en-gb</language>
  <item>
    <title>Grain exports rise &amp; ports fill</title>
    <link>https://gazette.example/2015/12/15/grain</link>
    <guid isPermaLink="false">gazette-1001</guid>
    <pubDate>Tue, 15 Dec 2015 10:21:33 +0000</pubDate>
    <dc:creator>Maria Lopez</dc:creator>
    <category>Business</category>
    <description>Short teaser that is not the body.</description>
    <content:encoded><![CDATA[<p>Wheat shipments from the harbour <b>grew</b> by a third.</p><script>track()</script><p>Dock workers added night shifts.</p>]]></content:encoded>
  </item>
  <item>
    <title>Ferry timetable changes</title>
    <guid>https://gazette.example/ferry</guid>
    <pubDate>Wed, 16 Dec 2015 08:00:00 GMT</pubDate>
    <author>desk@gazette.example (Tom Reed)</author>
    <description>&lt;p&gt;The winter timetable starts on Monday.&lt;/p&gt;</description>
  </item>
</channel>
</rss>)";

const char* atom = R"(<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de">
  <title type="text">Bergblatt</title>
  <id>urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6</id>
  <entry>
    <title type="html">Schnee &lt;em&gt;im&lt;/em&gt; Tal</title>
    <link rel="self" href="https://berg.example/feed/1"/>
    <link rel="alternate" href="https://berg.example/2015/schnee"/>
    <id>tag:berg.example,2015:1</id>
    <updated>2015-12-18T09:00:00Z</updated>
    <published>2015-12-17T18:30:00+01:00</published>
    <author><name>Anna Berg</name><email>anna@berg.example</email></author>
    <category term="Wetter"/>
    <summary>Kurz.</summary>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Im Tal liegt seit Dienstag Schnee.</p><p>Die Pässe sind gesperrt.</p></div></content>
  </entry>
  <entry>
    <title>Nur aktualisiert</title>
    <id>tag:berg.example,2015:2</id>
    <updated>2015-12-19T07:00:00Z</updated>
    <content type="text">Ein Text ohne Markup.</content>
  </entry>
</feed>)";

const char* rdf = R"(<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://old.example/"><title>Old Wire</title></channel>
  <item rdf:about="https://old.example/story/7">
    <title>Council votes on budget</title>
    <link>https://old.example/story/7</link>
    <dc:date>2015-12-14</dc:date>
    <dc:creator>J. Smith</dc:creator>
    <dc:subject>Politics</dc:subject>
    <description>The council approved the budget.</description>
  </item>
</rdf:RDF>)";

}  // namespace

TEST_CASE("RSS 2.0: one article per item, content:encoded before description", "[unit]") {
    FeedItems feed = read_feed(rss);
    CHECK(feed.error.empty());
    CHECK(feed.warnings.empty());
    REQUIRE(feed.articles.size() == 2);
    const RawArticle& a = feed.articles[0];
    CHECK(a.title == "Grain exports rise & ports fill");
    CHECK(a.id == "https://gazette.example/2015/12/15/grain");
    CHECK(a.url == a.id);
    CHECK(a.date == "Tue, 15 Dec 2015 10:21:33 +0000");
    CHECK(a.authors == std::vector<std::string>{"Maria Lopez"});
    CHECK(a.category == "Business");
    CHECK(a.body == "Wheat shipments from the harbour grew by a third.\n\nDock workers added night shifts.");
    CHECK(a.source == "Harbour Gazette");
    CHECK(a.language == "en");
    const RawArticle& b = feed.articles[1];
    CHECK(b.id == "https://gazette.example/ferry");  // no link: the guid
    CHECK(b.authors == std::vector<std::string>{"Tom Reed"});
    CHECK(b.body == "The winter timetable starts on Monday.");  // escaped HTML in description, made text
}

TEST_CASE("Atom: alternate link, published before updated, author name, xhtml content", "[unit]") {
    FeedItems feed = read_feed(atom);
    REQUIRE(feed.articles.size() == 2);
    const RawArticle& a = feed.articles[0];
    CHECK(a.title == "Schnee im Tal");
    CHECK(a.id == "https://berg.example/2015/schnee");
    CHECK(a.date == "2015-12-17T18:30:00+01:00");
    CHECK(a.authors == std::vector<std::string>{"Anna Berg"});
    CHECK(a.category == "Wetter");
    CHECK(a.body == "Im Tal liegt seit Dienstag Schnee.\n\nDie P\xC3\xA4sse sind gesperrt.");
    CHECK(a.source == "Bergblatt");
    CHECK(a.language == "de");
    const RawArticle& b = feed.articles[1];
    CHECK(b.id == "tag:berg.example,2015:2");
    CHECK(b.date == "2015-12-19T07:00:00Z");
    CHECK(b.body == "Ein Text ohne Markup.");
}

TEST_CASE("RSS 1.0 (RDF): items beside the channel, Dublin Core fields", "[unit]") {
    FeedItems feed = read_feed(rdf);
    REQUIRE(feed.articles.size() == 1);
    const RawArticle& a = feed.articles[0];
    CHECK(a.title == "Council votes on budget");
    CHECK(a.id == "https://old.example/story/7");
    CHECK(a.date == "2015-12-14");
    CHECK(a.authors == std::vector<std::string>{"J. Smith"});
    CHECK(a.category == "Politics");
    CHECK(a.source == "Old Wire");
}

TEST_CASE("issue 18: content:encoded goes through the page extractor: share bars and related links dropped", "[unit]") {
    // A WordPress-style item: the article's paragraphs, then a share bar, a related-posts list and a script.
    const char* feed = R"(<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Quay Post</title>
  <item>
    <title>Harbour dredging starts next week</title>
    <link>https://quay.example/2016/03/02/dredging</link>
    <content:encoded><![CDATA[
      <div class="entry-content">
        <h1>Harbour dredging starts next week</h1>
        <p>Dredgers will deepen the outer channel from Monday, the port authority said, closing one berth at a time.</p>
        <p>Ferries keep their timetable, although the night crossing moves to the north quay for three weeks.</p>
      </div>
      <div class="sharedaddy sd-sharing-enabled"><h3>Share this:</h3><ul><li><a href="#">Facebook</a></li>
        <li><a href="#">Twitter</a></li><li><a href="#">Email</a></li></ul></div>
      <div class="jp-relatedposts"><h3>Related</h3><ul><li><a href="/a">Quay walls repaired</a></li>
        <li><a href="/b">New pilot boat</a></li></ul></div>
      <script>trackView(42)</script>]]></content:encoded>
  </item>
</channel></rss>)";
    FeedItems items = read_feed(feed);
    REQUIRE(items.articles.size() == 1);
    const RawArticle& a = items.articles[0];
    CHECK(a.title == "Harbour dredging starts next week");
    CHECK(a.body ==
          "Dredgers will deepen the outer channel from Monday, the port authority said, closing one berth at a time."
          "\n\nFerries keep their timetable, although the night crossing moves to the north quay for three weeks.");
}

TEST_CASE("broken and hostile feeds: recovered with a warning or an error and never a crash", "[unit][hostile]") {
    std::string cut(rss);
    cut.resize(cut.find("<item>", cut.find("</item>")) + 40);
    FeedItems partial = read_feed(cut);
    CHECK(partial.error.empty());
    REQUIRE(partial.warnings.size() == 1);
    CHECK(partial.warnings[0].find("not well-formed XML (line") != std::string::npos);
    CHECK(partial.articles.size() >= 1);
    CHECK(partial.articles[0].title == "Grain exports rise & ports fill");

    CHECK(read_feed("").error == "not an XML document");
    CHECK(read_feed("<html><body>hi</body></html>").error.find("not a feed") != std::string::npos);
    // An external entity is not fetched or substituted (no XXE).
    FeedItems xxe = read_feed(R"(<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]>
        <rss><channel><item><title>T &x;</title></item></channel></rss>)");
    REQUIRE(xxe.articles.size() == 1);
    CHECK(xxe.articles[0].title.find("root") == std::string::npos);
    std::string deep = "<rss><channel><item><title>Deep</title><content:encoded xmlns:content=\"c\"><![CDATA[";
    for (int i = 0; i < 100000; ++i) deep += "<div>";
    deep += "bottom]]></content:encoded></item></channel></rss>";
    FeedItems nested = read_feed(deep);
    REQUIRE(nested.articles.size() == 1);
    CHECK(nested.articles[0].title == "Deep");
}

TEST_CASE("feeds are told from other XML by their first bytes", "[unit]") {
    CHECK(looks_like_feed(rss));
    CHECK(looks_like_feed(atom));
    CHECK(looks_like_feed(rdf));
    CHECK_FALSE(looks_like_feed("<?xml version=\"1.0\"?><nitf><head/></nitf>"));
    CHECK_FALSE(looks_like_feed("<!DOCTYPE html><html>"));
}
