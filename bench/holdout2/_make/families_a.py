# ruff: noqa: E501
"""Family templates: WordPress, Blogger (old and threaded), Drupal, server-rendered Disqus."""

from __future__ import annotations

import json

from .common import (
    Rendered,
    body_items,
    comment_text_lines,
    entities,
    epoch_ms,
    esc,
    human_date,
    iso,
)
from .spec import Page, PostedComment

__all__ = ["blogger_old", "blogger_threaded", "disqus", "drupal", "wordpress"]


def _related(page: Page) -> list[str]:
    return [r.strip() for r in page.get("related").split(";") if r.strip()]


def _slug(text: str) -> str:
    return "-".join("".join(c for c in w.lower() if c.isalnum()) for w in text.split()[:7])


def _children(comments: list[PostedComment], parent: int | None) -> list[int]:
    return [i for i, c in enumerate(comments) if c.parent == parent]


def wordpress(page: Page) -> Rendered:
    """A WordPress newspaper theme with Jetpack sharing/related posts and threaded comments."""
    es = page["lang"] == "es"
    tz = page["tz"]
    body, furn = body_items(page, figure="wp")
    related = _related(page)
    t = {
        "share": "Compartir:" if es else "Share this:",
        "like": "Me gusta esto:" if es else "Like this:",
        "rel": "Relacionado" if es else "Related",
        "reply": "Responder" if es else "Reply",
        "says": "dice:" if es else "says:",
        "leave": "Deja una respuesta" if es else "Leave a Reply",
        "note": (
            "Tu dirección de correo electrónico no será publicada. Los campos obligatorios "
            "están marcados con"
            if es
            else "Your email address will not be published. Required fields are marked"
        ),
        "donate": (
            "Nuestro periodismo es independiente y gratuito. Apóyanos con una donación mensual."
            if es
            else "Independent reporting on crime and power costs money. Become a monthly donor."
        ),
        "news": (
            "Recibe cada mañana nuestro resumen de seguridad en tu correo"
            if es
            else "Get our morning security briefing in your inbox"
        ),
        "cookie": (
            "Usamos cookies propias y de terceros para mejorar tu experiencia. Al continuar "
            "navegando aceptas su uso."
            if es
            else "We use cookies to give you the best experience on our website. By continuing "
            "you agree to our cookie policy."
        ),
        "posted": "Publicado el" if es else "Posted on",
        "by": "por" if es else "by",
    }
    count = len(page.comments)
    heading = (
        f"{count} comentarios en &ldquo;{page['title']}&rdquo;"
        if es
        else f"{count} thoughts on &ldquo;{page['title']}&rdquo;"
    )

    def one(i: int) -> str:
        c = page.comments[i]
        kids = _children(page.comments, i)
        text = "".join(f"<p>{line}</p>\n" for line in comment_text_lines(c))
        when = human_date(c.time, page["lang"], with_time=True) if c.time else c.shown
        time_html = (
            f'<time datetime="{iso(c.time, tz)}">{when}</time>'
            if c.time
            else f"<span>{when}</span>"
        )
        cid = 4100 + i * 7
        out = (
            f'<li id="comment-{cid}" class="comment {"even" if i % 2 else "odd"} '
            f'depth-{1 if c.parent is None else 2}">\n'
            f'<article id="div-comment-{cid}" class="comment-body">\n<footer class="comment-meta">'
            f'<div class="comment-author vcard"><img alt="" src="https://secure.gravatar.com/'
            f'avatar/{cid:x}?s=56&#038;d=mm" class="avatar avatar-56 photo" height="56" width="56"'
            f' /><b class="fn">{esc(c.author)}</b> <span class="says">{t["says"]}</span></div>\n'
            f'<div class="comment-metadata"><a href="{page["url"]}#comment-{cid}">{time_html}</a>'
            f"</div></footer>\n"
            f'<div class="comment-content">\n{text}</div>\n'
            f'<div class="reply"><a rel="nofollow" class="comment-reply-link" '
            f'href="?replytocom={cid}#respond" data-commentid="{cid}" '
            f'aria-label="{t["reply"]} a {esc(c.author)}">{t["reply"]}</a></div>\n</article>\n'
        )
        if kids:
            out += '<ol class="children">\n' + "".join(one(k) for k in kids) + "</ol>\n"
        return out + "</li>\n"

    def legacy(i: int) -> str:
        """Twenty Ten style: ol.commentlist, cite.fn, commentmetadata, ul.children."""
        c = page.comments[i]
        kids = _children(page.comments, i)
        text = "".join(f"<p>{line}</p>\n" for line in comment_text_lines(c))
        when = human_date(c.time, page["lang"], with_time=True) if c.time else c.shown
        cid = 2200 + i * 3
        out = (
            f'<li class="comment {"even" if i % 2 else "odd"} thread-{"even" if i % 2 else "odd"} '
            f'depth-{1 if c.parent is None else 2}" id="li-comment-{cid}">\n'
            f'<div id="comment-{cid}">\n<div class="comment-author vcard">\n<img alt="" '
            f'src="http://0.gravatar.com/avatar/{cid:x}?s=40" class="avatar avatar-40 photo" '
            f'height="40" width="40" />\t\t\t<cite class="fn">{esc(c.author)}</cite> '
            f'<span class="says">{t["says"]}</span>\t\t</div><!-- .comment-author .vcard -->\n'
            f'<div class="comment-meta commentmetadata"><a href="{page["url"]}#comment-{cid}">\n'
            f"\t\t\t{when}</a>\t\t</div><!-- .comment-meta .commentmetadata -->\n"
            f'<div class="comment-body">{text}</div>\n'
            f'<div class="reply">\n<a class="comment-reply-link" href="?replytocom={cid}#respond"'
            f" onclick=\"return addComment.moveForm('comment-{cid}', '{cid}', 'respond', "
            f"'99')\">{t['reply']}</a>\t\t\t</div><!-- .reply -->\n</div><!-- #comment-## -->\n"
        )
        if kids:
            out += '<ul class="children">\n' + "".join(legacy(k) for k in kids) + "</ul>\n"
        return out + "</li>\n"

    render = legacy if page.get("theme") == "legacy" else one
    comments = "".join(render(i) for i in _children(page.comments, None))
    list_class = "commentlist" if page.get("theme") == "legacy" else "comment-list"
    extra_furn: list[str] = []
    if page.get("pingback"):
        title, href = page["pingback"].split(" | ")
        comments += (
            f'<li id="comment-4999" class="pingback even thread-odd thread-alt depth-1">\n'
            f'<div class="comment-body">Pingback: <a href="{href}" class="url" '
            f'rel="ugc external nofollow">{title}</a> </div>\n</li>\n'
        )
        extra_furn.append(f"Pingback: {title}")
    nav = ""
    if page.get("commentnav"):
        older = "Comentarios anteriores" if es else "Older comments"
        nav = (
            f'<div class="navigation"><div class="nav-previous"><a href="{page["url"]}'
            f'comment-page-1/#comments">&larr; {older}</a></div></div>\n'
        )
        extra_furn.append(older)
    rel_html = "".join(
        f'<div class="jp-relatedposts-post jp-relatedposts-post{n}" data-post-format="false">'
        f'<h4 class="jp-relatedposts-post-title"><a class="jp-relatedposts-post-a" '
        f'href="/{_slug(r)}/">{r}</a></h4><p class="jp-relatedposts-post-context">'
        f"{'En' if es else 'In'} &quot;{page['section']}&quot;</p></div>"
        for n, r in enumerate(related)
    )
    tags = "".join(
        f'<a href="/tag/{_slug(x)}/" rel="tag">{x}</a>, ' for x in page.get("tags").split(";")
    )
    site = page["site"]
    ld = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "WebPage",
                "@id": page["url"],
                "url": page["url"],
                "name": f"{page['title']} - {site}",
                "datePublished": iso(page["published"], tz),
            },
            {"@type": "Organization", "name": site, "url": page["url"].split("/20")[0]},
        ],
    }
    markup = f"""<!DOCTYPE html>
<html lang="{"es-MX" if es else "en-US"}" class="no-js">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{page["title"]} &#8211; {site}</title>
<meta name="robots" content="max-image-preview:large">
<link rel="dns-prefetch" href="//stats.wp.com">
<link rel="alternate" type="application/rss+xml" title="{site} &raquo; Feed" href="/feed/">
<meta property="og:type" content="article">
<meta property="og:title" content="{esc(page["title"])}">
<meta property="og:url" content="{page["url"]}">
<meta property="og:description" content="{esc(page["description"])}">
<meta property="article:published_time" content="{iso(page["published"], tz)}">
<meta property="og:site_name" content="{site}">
<meta property="og:image" content="{page.get("image")}">
<meta name="twitter:card" content="summary_large_image">
<script type="application/ld+json" class="yoast-schema-graph">{json.dumps(ld)}</script>
<link rel="stylesheet" id="wp-block-library-css" href="/wp-includes/css/dist/block-library/style.min.css?ver=6.1" media="all">
<style id="global-styles-inline-css">body{{--wp--preset--color--black:#000;}}
.sharedaddy .sd-title{{font-size:9pt;}} #cookie-notice{{position:fixed;bottom:0}}</style>
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.6.1" id="jquery-core-js"></script>
</head>
<body class="post-template-default single single-post postid-{len(page["url"]) * 97} single-format-standard">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#content">{"Saltar al contenido" if es else "Skip to content"}</a>
<div class="top-bar"><span class="date-today">{human_date(page["published"], page["lang"], style="weekday")}</span>
<ul class="social"><li><a href="https://facebook.com/">Facebook</a></li><li><a href="https://twitter.com/">Twitter</a></li></ul></div>
<header id="masthead" class="site-header">
<div class="site-branding"><p class="site-title"><a href="/" rel="home">{site}</a></p>
<p class="site-description">{page.get("tagline")}</p></div>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">
{"".join(f'<li class="menu-item"><a href="/category/{_slug(x)}/">{x}</a></li>' for x in page.get("nav").split(";"))}
</ul></nav></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-{len(page["url"]) * 97}" class="post-{len(page["url"]) * 97} post type-post status-publish format-standard has-post-thumbnail hentry category-{_slug(page["section"])}">
<header class="entry-header">
<span class="cat-links"><a href="/category/{_slug(page["section"])}/" rel="category tag">{page["section"]}</a></span>
<h1 class="entry-title">{page["title"]}</h1>
<div class="entry-meta"><span class="posted-on">{t["posted"]} <a href="{page["url"]}" rel="bookmark"><time class="entry-date published" datetime="{iso(page["published"], tz)}">{human_date(page["published"], page["lang"])}</time></a></span>
<span class="byline"> {t["by"]} <span class="author vcard"><a class="url fn n" href="/author/{_slug(page["author"])}/">{page["author"]}</a></span></span></div>
</header>
<div class="post-thumbnail"><img width="1200" height="675" src="{page.get("image")}" class="attachment-post-thumbnail wp-post-image" alt="" decoding="async"></div>
<div class="entry-content">
{body}
<div class="donate-box" style="border:1px solid #c00;padding:12px"><p>{t["donate"]}</p><a class="button" href="/donar/">{"Donar" if es else "Donate"}</a></div>
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">{t["share"]}</h3><div class="sd-content"><ul><li class="share-twitter"><a rel="nofollow noopener noreferrer" class="share-twitter sd-button share-icon" href="{page["url"]}?share=twitter" target="_blank"><span>Twitter</span></a></li><li class="share-facebook"><a class="share-facebook sd-button share-icon" href="{page["url"]}?share=facebook"><span>Facebook</span></a></li><li class="share-jetpack-whatsapp"><a class="share-jetpack-whatsapp sd-button share-icon" href="{page["url"]}?share=jetpack-whatsapp"><span>WhatsApp</span></a></li><li class="share-end"></li></ul></div></div></div>
<div class="sharedaddy sd-block sd-like jetpack-likes-widget-wrapper"><h3 class="sd-title">{t["like"]}</h3><div class="likes-widget-placeholder post-likes-widget-placeholder"><span class="loading">{"Cargando..." if es else "Loading..."}</span></div></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>{t["rel"]}</em></h3><div class="jp-relatedposts-items jp-relatedposts-items-visual">{rel_html}</div></div>
</div><!-- .entry-content -->
<footer class="entry-footer"><span class="tags-links">{"Etiquetas:" if es else "Tagged"} {tags}</span></footer>
<div class="author-info"><div class="author-avatar"><img alt="" src="https://secure.gravatar.com/avatar/aa?s=80" width="80"></div>
<div class="author-description"><h2 class="author-title">{page["author"]}</h2><p class="author-bio">{page.get("bio")}</p></div></div>
</article>
<nav class="navigation post-navigation"><h2 class="screen-reader-text">{"Navegación de entradas" if es else "Post navigation"}</h2><div class="nav-links"><div class="nav-previous"><a href="/prev/" rel="prev">{page.get("prev")}</a></div></div></nav>
<div id="comments" class="comments-area">
<h2 class="comments-title">{heading}</h2>
{nav}<ol class="{list_class}">
{comments}</ol>
{nav}
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">{t["leave"]} <small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">{"Cancelar respuesta" if es else "Cancel reply"}</a></small></h3>
<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">{t["note"]}</span> <span class="required">*</span></p>
<p class="comment-form-comment"><label for="comment">{"Comentario" if es else "Comment"}</label> <textarea id="comment" name="comment" cols="45" rows="8" required></textarea></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="{"Publicar el comentario" if es else "Post Comment"}"></p></form></div>
</div>
</main></div>
<aside id="secondary" class="widget-area">
<section id="mc4wp_form_widget-2" class="widget widget_mc4wp_form_widget"><h2 class="widget-title">{"Boletín" if es else "Newsletter"}</h2><form id="mc4wp-form-1" class="mc4wp-form"><p>{t["news"]}</p><input type="email" name="EMAIL" placeholder="email"><input type="submit" value="{"Suscribirme" if es else "Sign up"}"></form></section>
<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">{"Entradas recientes" if es else "Recent Posts"}</h2><ul>{"".join(f'<li><a href="/{_slug(r)}/">{r}</a></li>' for r in related[::-1])}</ul></section>
</aside></div>
<footer id="colophon" class="site-footer"><div class="site-info">&copy; {page["published"][:4]} {site}. {page.get("footer")}</div></footer>
</div>
<div id="cookie-notice" role="dialog" class="cookie-notice-hidden"><div class="cookie-notice-container"><span id="cn-notice-text" class="cn-text-container">{t["cookie"]}</span><a href="#" id="cn-accept-cookie" class="cn-set-cookie cn-button">{"Aceptar" if es else "Ok"}</a></div></div>
<script src="https://stats.wp.com/e-202247.js" defer></script>
<script>_stq = window._stq || []; _stq.push([ "view", {{v:'ext',blog:'1234',post:'5678'}} ]);</script>
</body>
</html>
"""
    furn += [t["donate"], t["news"], t["cookie"], t["leave"], t["note"], *related, *extra_furn]
    if page.get("bio"):
        furn.append(page["bio"])
    return Rendered(markup, furn)


def _blogger_head(page: Page) -> str:
    return f"""<!DOCTYPE html>
<html dir="ltr" xmlns="http://www.w3.org/1999/xhtml" xmlns:b="http://www.google.com/2005/gml/b" xmlns:data="http://www.google.com/2005/gml/data" xmlns:expr="http://www.google.com/2005/gml/expr">
<head>
<meta content="text/html; charset=UTF-8" http-equiv="Content-Type">
<meta content="blogger" name="generator">
<link href="{page["url"].split("/20")[0]}/favicon.ico" rel="icon" type="image/x-icon">
<link href="{page["url"]}" rel="canonical">
<link rel="alternate" type="application/atom+xml" title="{page["site"]} - Atom" href="{page["url"].split("/20")[0]}/feeds/posts/default">
<meta content="{page["url"]}" property="og:url">
<meta content="{esc(page["title"])}" property="og:title">
<meta content="{esc(page["description"])}" property="og:description">
<title>{page["site"]}: {page["title"]}</title>
<style id="page-skin-1" type="text/css"><!--
body {{ background:#000; margin:0; color:#ccc; font:x-small Georgia Serif; }}
#outer-wrapper {{ width: 980px; margin:0 auto; }}
.comment-link {{ margin-left:.6em; }}
--></style>
<script type="text/javascript">(function() {{ var a=window,c="/";}})();</script>
</head>
"""


def _blogger_sidebar(page: Page, es: bool) -> tuple[str, list[str]]:
    related = _related(page)
    popular = "".join(
        f'<li><div class="item-title"><a href="/{page["published"][:4]}/{_slug(r)}.html">{r}</a>'
        f"</div></li>"
        for r in related
    )
    sub = page.get("subscribe") or (
        "Suscribete por correo para recibir las noticias" if es else "Subscribe via email"
    )
    html_ = f"""<div id="sidebar-wrapper"><div class="sidebar section" id="sidebar">
<div class="widget HTML" id="HTML3"><h2 class="title">{"Tips / contacto" if es else "Send us a tip"}</h2><div class="widget-content">{page.get("tip")}</div></div>
<div class="widget PopularPosts" id="PopularPosts1"><h2>{"Entradas populares" if es else "Popular Posts"}</h2><div class="widget-content popular-posts"><ul>{popular}</ul></div></div>
<div class="widget Follow" id="Follow1"><h2 class="title">{sub}</h2><form action="https://feedburner.google.com/fb/a/mailverify" method="post"><input name="email" type="text"><input type="submit" value="Subscribe"></form></div>
<div class="widget BlogArchive" id="BlogArchive1"><h2>{"Archivo del blog" if es else "Blog Archive"}</h2><ul class="hierarchy"><li class="archivedate expanded"><a class="toggle" href="javascript:void(0)"><span class="zippy">&#9660;&nbsp;</span></a><a class="post-count-link" href="/{page["published"][:4]}/">{page["published"][:4]}</a> <span class="post-count" dir="ltr">(1842)</span></li></ul></div>
</div></div>"""
    furn = [*related]
    if page.get("tip"):
        furn.append(page["tip"])
    return html_, furn


def blogger_old(page: Page) -> Rendered:
    """Old Blogger layout: dl#comments-block with 'X said...' and showComment timestamps."""
    es = page["lang"] == "es"
    tz = page["tz"]
    body, furn = body_items(page, figure="table")
    body = body.replace("<p>", "").replace("</p>", "<br /><br />")
    rows = []
    for i, c in enumerate(page.comments):
        cid = 7400000000000000000 + i * 1315
        stamp = (
            f"{int(c.time[5:7])}/{int(c.time[8:10])}/{c.time[2:4]} "
            f"{int(c.time[11:13]) % 12 or 12}:{c.time[14:16]} {'AM' if int(c.time[11:13]) < 12 else 'PM'}"
            if c.time
            else c.shown
        )
        ms = epoch_ms(c.time, tz) if c.time else 1300000000000 + i
        lines = comment_text_lines(c)
        if c.parent is not None:
            parent = page.comments[c.parent]
            pstamp = (
                f"{int(parent.time[11:13]) % 12 or 12}:{parent.time[14:16]} "
                f"{'AM' if int(parent.time[11:13]) < 12 else 'PM'}"
                if parent.time
                else parent.author
            )
            lines = [f"@ {pstamp}", *lines] if not lines[0].startswith("@") else lines
        author = (
            f'<a href="https://www.blogger.com/profile/{cid % 10**20}" rel="nofollow">'
            f"{esc(c.author)}</a>"
            if c.author not in {"Anonymous", "Anónimo"}
            else esc(c.author)
        )
        said = "dijo..." if es else "said..."
        rows.append(
            f'<dt class="comment-author blogger-comment-icon" id="c{cid}">\n'
            f'<a name="c{cid}"></a>\n{author} {said}\n</dt>\n'
            f'<dd class="comment-body" id="Blog1_cmt-{cid}">\n<p>\n'
            + "<br />\n".join(lines)
            + "\n</p>\n</dd>\n"
            f'<dd class="comment-footer">\n<span class="comment-timestamp">\n'
            f'<a href="{page["url"]}?showComment={ms}#c{cid}" title="comment permalink">\n'
            f'{stamp}\n</a>\n<span class="item-control blog-admin pid-1690">\n'
            f'<a class="comment-delete" href="https://www.blogger.com/delete-comment.g?'
            f'blogID=1&amp;postID={cid}" title="Delete Comment">\n'
            f'<img src="https://resources.blogblog.com/img/icon_delete13.gif"></a>\n'
            f"</span>\n</span>\n</dd>\n"
        )
        if page.get("removed") == str(i):
            gone = (
                "Este comentario ha sido eliminado por el autor."
                if es
                else "This comment has been removed by the author."
            )
            rows.append(
                f'<dt class="comment-author blogger-comment-icon" id="c{cid + 1}">\n'
                f'<a name="c{cid + 1}"></a>\n{"Anónimo dijo..." if es else "Anonymous said..."}\n'
                f'</dt>\n<dd class="comment-body" id="Blog1_cmt-{cid + 1}">\n'
                f'<span class="deleted-comment">{gone}</span>\n</dd>\n'
                f'<dd class="comment-footer">\n<span class="comment-timestamp">\n'
                f'<a href="{page["url"]}?showComment={ms + 60000}#c{cid + 1}" '
                f'title="comment permalink">\n{stamp}\n</a>\n</span>\n</dd>\n'
            )
            furn.append(gone)
    side, sfurn = _blogger_sidebar(page, es)
    author_line = page.get("author") or page.get("poster")
    n = len(page.comments)
    markup = (
        _blogger_head(page)
        + f"""<body>
<div class="navbar section" id="navbar"><div class="widget Navbar" id="Navbar1"><script type="text/javascript">
function setAttributeOnload(object, attribute, val) {{ if(window.addEventListener) {{ window.addEventListener('load', function(){{ object[attribute] = val; }}, false); }} }}
</script><div id="navbar-iframe-container"></div></div></div>
<div id="outer-wrapper"><div id="wrap2">
<div id="header-wrapper"><div class="header section" id="header"><div class="widget Header" id="Header1"><div id="header-inner">
<div class="titlewrapper"><h1 class="title"><a href="/">{page["site"]}</a></h1></div>
<div class="descriptionwrapper"><p class="description"><span>{page.get("tagline")}</span></p></div>
</div></div></div></div>
<div id="content-wrapper"><div id="main-wrapper"><div class="main section" id="main"><div class="widget Blog" id="Blog1">
<div class="blog-posts hfeed">
<div class="date-outer"><h2 class="date-header"><span>{human_date(page["published"], page["lang"], style="weekday")}</span></h2>
<div class="date-posts"><div class="post-outer"><div class="post hentry uncustomized-post-template">
<a name="{n * 31}"></a>
<h3 class="post-title entry-title"><a href="{page["url"]}">{page["title"]}</a></h3>
<div class="post-header"><div class="post-header-line-1"></div></div>
<div class="post-body entry-content" id="post-body-{n * 977}">
{body}
<div style="clear: both;"></div>
</div>
<div class="post-footer"><div class="post-footer-line post-footer-line-1"><span class="post-author vcard">{"Publicado por" if es else "Posted by"} <span class="fn">{author_line}</span></span>
<span class="post-timestamp">{"en" if es else "at"} <a class="timestamp-link" href="{page["url"]}" rel="bookmark" title="permanent link"><abbr class="published" title="{iso(page["published"], tz)}">{page["published"][11:]}</abbr></a></span>
<span class="post-comment-link"></span>
<div class="post-share-buttons goog-inline-block"><a class="goog-inline-block share-button sb-email" href="https://www.blogger.com/share-post.g?blogID=1&amp;target=email" target="_blank" title="Email This"><span class="share-button-link-text">Email This</span></a><a class="goog-inline-block share-button sb-blog" href="https://www.blogger.com/share-post.g?target=blog" title="BlogThis!"><span class="share-button-link-text">BlogThis!</span></a><a class="goog-inline-block share-button sb-twitter" href="https://www.blogger.com/share-post.g?target=twitter" title="Share to Twitter"><span class="share-button-link-text">Share to Twitter</span></a></div>
</div><div class="post-footer-line post-footer-line-2"><span class="post-labels">{"Etiquetas:" if es else "Labels:"} {"".join(f'<a href="/search/label/{x.strip()}" rel="tag">{x.strip()}</a>, ' for x in page.get("tags").split(";"))}</span></div></div>
</div>
<div class="comments" id="comments">
<a name="comments"></a>
<h4>{n} {"comentarios" if es else "comments"}:</h4>
<div id="Blog1_comments-block-wrapper">
<dl class="avatar-comment-indent" id="comments-block">
{"".join(rows)}</dl>
</div>
<p class="comment-footer">
<a href="https://www.blogger.com/comment.g?blogID=1&amp;postID=2" onclick="">{"Publicar un comentario" if es else "Post a Comment"}</a>
</p>
</div>
</div></div></div></div>
<div class="blog-pager" id="blog-pager"><span id="blog-pager-newer-link"><a class="blog-pager-newer-link" href="/newer.html" id="Blog1_blog-pager-newer-link" title="Newer Post">{"Entrada más reciente" if es else "Newer Post"}</a></span>
<span id="blog-pager-older-link"><a class="blog-pager-older-link" href="/older.html" id="Blog1_blog-pager-older-link" title="Older Post">{"Entrada antigua" if es else "Older Post"}</a></span>
<a class="home-link" href="/">{"Página principal" if es else "Home"}</a></div>
<div class="post-feeds"><div class="feed-links">{"Suscribirse a:" if es else "Subscribe to:"} <a class="feed-link" href="/feeds/posts/default" target="_blank" type="application/atom+xml">{"Enviar comentarios" if es else "Post Comments"} (Atom)</a></div></div>
</div></div></div>
{side}
<div style="clear: both;"></div></div>
<div id="footer-wrapper"><div class="footer section" id="footer"><div class="widget Attribution" id="Attribution1"><div class="widget-content" style="text-align: center;">Powered by <a href="https://www.blogger.com" target="_blank">Blogger</a>.</div></div></div></div>
</div></div>
<script type="text/javascript" src="https://www.blogger.com/static/v1/widgets/2975350-widgets.js"></script>
<script type="text/javascript">window['__wavt'] = 'AOuZoY4';_WidgetManager._Init('//www.blogger.com/rearrange?blogID=1','//{page["url"].split("//")[1].split("/")[0]}/','1');</script>
</body></html>
"""
    )
    extra = [
        "Publicar un comentario" if es else "Post a Comment",
        "Entrada más reciente" if es else "Newer Post",
    ]
    return Rendered(entities(markup), [*furn, *sfurn, *extra])


def blogger_threaded(page: Page) -> Rendered:
    """Newer Blogger templates: div.comment-thread > ol > li.comment with nested replies."""
    es = page["lang"] == "es"
    tz = page["tz"]
    body, furn = body_items(page, figure="table")
    body = body.replace("</p>\n<p>", "<br />\n<br />\n").replace("<p>", "").replace("</p>", "")

    def one(i: int) -> str:
        c = page.comments[i]
        cid = 5300000000000000000 + i * 271
        when = (
            human_date(c.time, "en", with_time=True).replace(" am", " AM").replace(" pm", " PM")
            if c.time
            else c.shown
        )
        ms = epoch_ms(c.time, tz) if c.time else 1400000000000 + i
        kids = _children(page.comments, i)
        reply_block = ""
        if c.parent is None:
            inner = "".join(one(k) for k in kids)
            reply_block = (
                f'<div class="comment-replies"><div class="comment-thread inline-thread '
                f'{"" if kids else "hidden"}" id="c{cid}-rt"><span class="thread-toggle thread-'
                f'expanded"><span class="thread-arrow"></span><span class="thread-count"><a '
                f'target="_self">{"Respuestas" if es else "Replies"}</a></span></span>'
                f'<ol class="thread-chrome thread-expanded" id="c{cid}-ra"><div>{inner}</div>'
                f'<div class="thread-continue" id="c{cid}-continue"><a class="comment-reply" '
                f'data-comment-id="{cid}" target="_self">{"Responder" if es else "Reply"}</a>'
                f"</div></ol></div></div>"
            )
        user = (
            f'<a href="https://www.blogger.com/profile/{cid % 10**20}" rel="nofollow">'
            f"{esc(c.author)}</a>"
            if c.author not in {"Anonymous", "Anónimo", "Unknown", "Desconocido"}
            else esc(c.author)
        )
        return (
            f'<li class="comment" id="c{cid}"><div class="avatar-image-container">'
            f'<img src="//resources.blogblog.com/img/blank.gif" width="35" height="35" alt="" '
            f'title="{esc(c.author)}"></div><div class="comment-block"><div class="comment-header">'
            f'<cite class="user">{user}</cite><span class="icon user "></span>'
            f'<span class="datetime secondary-text"><a rel="nofollow" href="{page["url"]}'
            f'?showComment={ms}#c{cid}">{when}</a></span></div>'
            f'<p class="comment-content">{"<br>".join(comment_text_lines(c))}</p>'
            f'<span class="comment-actions secondary-text"><a class="comment-reply" target="_self"'
            f' data-comment-id="{cid}">{"Responder" if es else "Reply"}</a><span class="item-'
            f'control blog-admin blog-admin pid-1"><a target="_self" href="https://www.blogger.'
            f'com/comment/delete/1/{cid}">{"Eliminar" if es else "Delete"}</a></span></span>'
            f"</div>{reply_block}</li>"
        )

    thread = "".join(one(i) for i in _children(page.comments, None))
    side, sfurn = _blogger_sidebar(page, es)
    n = len(page.comments)
    author_line = page.get("author") or page.get("poster")
    markup = (
        _blogger_head(page)
        + f"""<body class="loading variant-dark">
<div class="navbar no-items section" id="navbar" name="Navbar"></div>
<div class="content"><div class="content-outer"><div class="content-inner">
<header><div class="header-outer"><div class="region-inner header-inner"><div class="header section" id="header" name="Cabecera"><div class="widget Header" data-version="1" id="Header1">
<div id="header-inner"><div class="titlewrapper"><h1 class="title"><a href="/">{page["site"]}</a></h1></div>
<div class="descriptionwrapper"><p class="description"><span>{page.get("tagline")}</span></p></div></div></div></div></div></div></header>
<div class="tabs-outer"><div class="region-inner tabs-inner"><div class="tabs section" id="crosscol"><div class="widget PageList" id="PageList1"><div class="widget-content"><ul>
{"".join(f'<li><a href="/p/{_slug(x)}.html">{x}</a></li>' for x in page.get("nav").split(";"))}
</ul></div></div></div></div></div>
<div class="main-outer"><div class="main-inner columns fauxcolumns"><div class="columns-inner"><div class="column-center-outer"><div class="column-center-inner">
<div class="main section" id="main"><div class="widget Blog" data-version="1" id="Blog1"><div class="blog-posts hfeed">
<div class="date-outer"><h2 class="date-header"><span>{human_date(page["published"], page["lang"], style="weekday")}</span></h2>
<div class="date-posts"><div class="post-outer"><div class="post hentry uncustomized-post-template" itemprop="blogPost" itemscope="itemscope" itemtype="http://schema.org/BlogPosting">
<meta content="{page.get("image")}" itemprop="image_url">
<a name="{n * 13}"></a>
<h3 class="post-title entry-title" itemprop="name">{page["title"]}</h3>
<div class="post-header"><div class="post-header-line-1"></div></div>
<div class="post-body entry-content" id="post-body-{n * 13}" itemprop="description articleBody">
{body}
<div style="clear: both;"></div></div>
<div class="post-footer"><div class="post-footer-line post-footer-line-1">
<span class="post-author vcard">{"Publicado por" if es else "Posted by"} <span class="fn" itemprop="author" itemscope="itemscope" itemtype="http://schema.org/Person"><span itemprop="name">{author_line}</span></span></span>
<span class="post-timestamp">{"en" if es else "at"} <meta content="{page["url"]}" itemprop="url"><a class="timestamp-link" href="{page["url"]}" rel="bookmark" title="permanent link"><abbr class="published" itemprop="datePublished" title="{iso(page["published"], tz)}">{page["published"][11:]}</abbr></a></span>
</div>
<div class="post-share-buttons goog-inline-block"><a class="goog-inline-block share-button sb-email" href="#" title="Enviar por correo electrónico"><span class="share-button-link-text">Enviar por correo electrónico</span></a><a class="goog-inline-block share-button sb-facebook" href="#" title="Compartir en Facebook"><span class="share-button-link-text">Compartir en Facebook</span></a></div>
</div></div>
<div class="comments threaded" id="comments"><a name="comments"></a><h4>{n} {"comentarios" if es else "comments"}:</h4>
<div class="comments-content"><script async="async" src="" type="text/javascript"></script>
<div id="comment-holder"><div class="comment-thread toplevel-thread"><ol id="top-ra">{thread}</ol>
<div id="top-continue" class="continue"><a class="comment-reply" target="_self">{"Añadir comentario" if es else "Add comment"}</a></div>
<div class="comment-replybox-thread" id="top-ce"></div><div class="loadmore hidden" data-post-id="1"><a target="_self">{"Cargar más..." if es else "Load more..."}</a></div></div></div></div>
<p class="comment-footer"><div class="comment-form"><a name="comment-form"></a><p>{page.get("commentnote")}</p>
<a href="https://www.blogger.com/comment/frame/1?po=2&amp;hl=es" id="comment-editor-src"></a><iframe allowtransparency="true" class="blogger-iframe-colorize blogger-comment-from-post" frameborder="0" height="410px" id="comment-editor" name="comment-editor" src="" width="100%"></iframe></div></p>
</div></div></div></div></div></div>
<div class="blog-pager" id="blog-pager"><span id="blog-pager-newer-link"><a class="blog-pager-newer-link" href="/n.html">{"Entrada más reciente" if es else "Newer Post"}</a></span><span id="blog-pager-older-link"><a class="blog-pager-older-link" href="/o.html">{"Entrada antigua" if es else "Older Post"}</a></span><a class="home-link" href="/">{"Página Principal" if es else "Home"}</a></div>
</div></div></div></div>
<div class="column-right-outer"><div class="column-right-inner"><aside>{side}</aside></div></div>
</div></div></div>
<footer><div class="footer-outer"><div class="region-inner footer-inner">{page.get("footer")}</div></div></footer>
</div></div></div>
<script type="text/javascript" src="https://www.blogger.com/static/v1/widgets/1.js"></script>
</body></html>
"""
    )
    extra = [page["commentnote"]] if page.get("commentnote") else []
    extra += [
        "Añadir comentario" if es else "Add comment",
        "Entrada más reciente" if es else "Newer Post",
    ]
    return Rendered(markup, [*furn, *sfurn, *extra])


def drupal(page: Page) -> Rendered:
    """A Drupal 8/9 news site: article.node, field--name-body, section.comments with indents."""
    es = page["lang"] == "es"
    tz = page["tz"]
    body, furn = body_items(page, also="related-inline")

    def stamp(value: str) -> str:
        from datetime import datetime

        dt = datetime.fromisoformat(value)
        days = (
            ["Lun", "Mar", "Mié", "Jue", "Vie", "Sáb", "Dom"]
            if es
            else ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
        )
        return (
            f"{days[dt.weekday()]}, {dt:%d/%m/%Y - %H:%M}"
            if es
            else f"{days[dt.weekday()]}, {dt:%m/%d/%Y - %H:%M}"
        )

    def one(i: int) -> str:
        c = page.comments[i]
        kids = _children(page.comments, i)
        when = stamp(c.time) if c.time else c.shown
        text = "".join(f"<p>{line}</p>" for line in comment_text_lines(c))
        out = (
            f'<article data-comment-user-id="{0 if "An" in c.author else 40 + i}" id="comment-'
            f'{880 + i}" class="comment js-comment by-{"anonymous" if "An" in c.author else "user"}'
            f'"><mark class="hidden" data-comment-timestamp="{epoch_ms(c.time, tz) // 1000 if c.time else 0}"></mark>'
            f'<footer class="comment__meta"><p class="comment__submitted">'
            f"{'Enviado por' if es else 'Submitted by'} "
            f'<span lang="" typeof="schema:Person" property="schema:name">{esc(c.author)}</span>'
            f" {'el' if es else 'on'} {when}</p>"
            f'<a href="/comment/{880 + i}#comment-{880 + i}" hreflang="{page["lang"]}">'
            f"{'Enlace permanente' if es else 'Permalink'}</a></footer>"
            f'<div class="comment__content"><h3><a href="/comment/{880 + i}#comment-{880 + i}"'
            f' class="permalink" rel="bookmark">{esc(comment_text_lines(c)[0][:40])}</a></h3>'
            f'<div class="clearfix text-formatted field field--name-comment-body field--type-text'
            f'-long field--label-hidden field__item">{text}</div>'
            f'<drupal-render-placeholder callback="comment.lazy_builders:renderLinks" '
            f'arguments="0={880 + i}"></drupal-render-placeholder>'
            f'<ul class="links inline"><li class="comment-reply"><a href="/comment/reply/node/'
            f'{99 + i}/comment/{880 + i}">{"Responder" if es else "Reply"}</a></li></ul>'
            f"</div></article>"
        )
        if kids:
            out += '<div class="indented">' + "".join(one(k) for k in kids) + "</div>"
        return out

    comments = "".join(one(i) for i in _children(page.comments, None))
    related = _related(page)
    date_line = stamp(page["published"])
    markup = f"""<!DOCTYPE html>
<html lang="{page["lang"]}" dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/  dc: http://purl.org/dc/terms/  og: http://ogp.me/ns#  schema: http://schema.org/">
<head>
<meta charset="utf-8" />
<meta name="description" content="{esc(page["description"])}" />
<link rel="canonical" href="{page["url"]}" />
<meta property="og:site_name" content="{page["site"]}" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{esc(page["title"])}" />
<meta property="article:published_time" content="{iso(page["published"], tz)}" />
<meta name="Generator" content="Drupal 9 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<title>{page["title"]} | {page["site"]}</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_kJ3.css" />
<script type="application/json" data-drupal-selector="drupal-settings-json">{{"path":{{"baseUrl":"\\/","currentPath":"node\\/99","currentLanguage":"{page["lang"]}"}},"ajaxPageState":{{"theme":"olivero"}}}}</script>
</head>
<body class="path-node page-node-type-article">
<a href="#main-content" class="visually-hidden focusable skip-link">{"Pasar al contenido principal" if es else "Skip to main content"}</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div id="page-wrapper"><div id="page">
<header id="header" class="site-header" role="banner"><div class="site-branding"><a href="/" rel="home" class="site-branding__name">{page["site"]}</a></div>
<nav role="navigation" aria-labelledby="block-mainnavigation-menu" id="block-mainnavigation" class="block block-menu navigation menu--main"><h2 class="visually-hidden" id="block-mainnavigation-menu">Main navigation</h2>
<ul class="menu">{"".join(f'<li class="menu-item"><a href="/{_slug(x)}" data-drupal-link-system-path="taxonomy/term/{k}">{x}</a></li>' for k, x in enumerate(page.get("nav").split(";")))}</ul></nav>
<div class="search-block-form" role="search"><form action="/search/node" method="get"><input type="search" name="keys" placeholder="{"Buscar" if es else "Search"}"></form></div></header>
<div class="region region-highlighted"><div data-drupal-messages-fallback class="hidden"></div></div>
<div class="breadcrumb"><ol><li><a href="/">{"Inicio" if es else "Home"}</a></li><li><a href="/{_slug(page["section"])}">{page["section"]}</a></li></ol></div>
<main role="main"><a id="main-content" tabindex="-1"></a>
<div class="layout-content"><div class="region region-content">
<div id="block-site-content" class="block block-system block-system-main-block">
<article data-history-node-id="99" role="article" about="/node/99" typeof="schema:Article" class="node node--type-article node--promoted node--view-mode-full">
<h1 class="page-title"><span property="schema:name" class="field field--name-title field--type-string field--label-hidden">{page["title"]}</span></h1>
<footer class="node__meta"><article typeof="schema:Person" about="/user/7" class="profile"></article>
<div class="node__submitted">{"Enviado por" if es else "Submitted by"} <span rel="schema:author" class="field field--name-uid field--type-entity-reference field--label-hidden"><span lang="" about="/user/7" typeof="schema:Person" property="schema:name">{page["author"]}</span></span>
{"el" if es else "on"} <span property="schema:dateCreated" content="{iso(page["published"], tz)}" class="field field--name-created field--type-created field--label-hidden">{date_line}</span></div></footer>
<div class="node__content">
<div class="field field--name-field-image field--type-image field--label-hidden field__item"><img property="schema:image" src="{page.get("image")}" width="900" height="600" alt="" loading="lazy" typeof="foaf:Image" /></div>
<div property="schema:text" class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">{body}</div>
<div class="field field--name-field-tags field--type-entity-reference field--label-above"><div class="field__label">{"Etiquetas" if es else "Tags"}</div><div class="field__items">{"".join(f'<div class="field__item"><a href="/taxonomy/term/{k}" property="schema:about" hreflang="{page["lang"]}">{x}</a></div>' for k, x in enumerate(page.get("tags").split(";")))}</div></div>
<section class="field field--name-comment field--type-comment field--label-above comments" data-drupal-selector="comments">
<h2 class="comments__title">{"Comentarios" if es else "Comments"}</h2>
{comments}
<h2 class="comments__form-title">{page.get("formtitle") or ("Añadir nuevo comentario" if es else "Add new comment")}</h2>
<drupal-render-placeholder callback="comment.lazy_builders:renderForm" arguments="0=node&amp;1=99&amp;2=comment&amp;3=article"></drupal-render-placeholder>
</section>
</div></article></div></div></div>
<aside class="layout-sidebar-first" role="complementary"><div class="views-element-container block block-views" id="block-views-block-content-recent-block-1"><h2>{"Lo más leído" if es else "Most read"}</h2>
<div class="item-list"><ul>{"".join(f'<li><div class="views-field views-field-title"><span class="field-content"><a href="/{_slug(r)}">{r}</a></span></div></li>' for r in related)}</ul></div></div>
<div class="block block-block-content" id="block-newsletter"><div class="clearfix text-formatted field field--name-body"><p>{page.get("newsletter")}</p></div></div></aside>
</main>
<footer class="site-footer"><div class="region region-footer-bottom"><div id="block-copyright" class="block"><p>{page.get("footer")}</p></div></div></footer>
</div></div></div>
<div id="sliding-popup" class="sliding-popup-bottom"><div class="eu-cookie-compliance-banner eu-cookie-compliance-banner-info"><div class="popup-content info eu-cookie-compliance-content"><div id="popup-text" class="eu-cookie-compliance-message"><h2>{page.get("cookie")}</h2></div><div id="popup-buttons" class="eu-cookie-compliance-buttons"><button type="button" class="agree-button eu-cookie-compliance-default-button">{"Acepto" if es else "OK, I agree"}</button></div></div></div></div>
<script type="application/json" data-drupal-selector="drupal-settings-json">{{"eu_cookie_compliance":{{"cookie_name":""}}}}</script>
<script src="/sites/default/files/js/js_Q3.js"></script>
</body>
</html>
"""
    extra = [x for x in (page.get("newsletter"), page.get("cookie")) if x]
    return Rendered(markup, [*furn, *related, *extra])


def disqus(page: Page) -> Rendered:
    """A news page with a server-rendered Disqus thread (#disqus_thread > ul#post-list)."""
    es = page["lang"] == "es"
    tz = page["tz"]
    body, furn = body_items(page, also="inline-related", ad_label=page.get("adlabel") or None)

    def title_time(value: str) -> str:
        from datetime import datetime

        dt = datetime.fromisoformat(value)
        return (
            dt.strftime("%A, %B ")
            + f"{dt.day}, {dt.year} {dt.hour % 12 or 12}:{dt:%M} "
            + ("AM" if dt.hour < 12 else "PM")
        )

    def one(i: int) -> str:
        c = page.comments[i]
        kids = _children(page.comments, i)
        pid = 1840000000 + i * 53
        when_title = title_time(c.time) if c.time else ""
        shown = c.shown or ("hace 2 años" if es else "2 years ago")
        msg = "".join(f"<p>{line}</p>" for line in comment_text_lines(c))
        child = ('<ul class="children">' + "".join(one(k) for k in kids) + "</ul>") if kids else ""
        return (
            f'<li class="post" id="post-{pid}"><div role="alert"></div><div class="post-content"'
            f' data-role="post-content"><div class="indicator"></div><div class="avatar hovercard">'
            f'<a href="https://disqus.com/by/{_slug(c.author)}/" class="user"><img data-role='
            f'"user-avatar" src="//a.disquscdn.com/1.png" alt="Avatar"></a></div>'
            f'<div class="post-body"><header class="comment__header"><span class="post-byline">'
            f'<span class="author publisher-anchor-color"><a href="https://disqus.com/by/'
            f'{_slug(c.author)}/" data-action="profile" data-username="{_slug(c.author)}">'
            f'{esc(c.author)}</a></span></span><span class="post-meta"><span class="bullet '
            f'time-ago-bullet" aria-hidden="true">•</span><a href="{page["url"]}#comment-{pid}" '
            f'data-role="relative-time" class="time-ago" title="{when_title}">{shown}</a>'
            f"</span></header>"
            f'<div class="post-body-inner"><div class="post-message-container" data-role="message-'
            f'container"><div class="publisher-anchor-color" data-role="message-content">'
            f'<div class="post-message " data-role="message" dir="auto">{msg}</div></div></div>'
            f'<a class="see-more hidden" title="{"Ver más" if es else "see more"}" data-action="'
            f'see-more">{"Ver más" if es else "see more"}</a></div>'
            f'<footer class="comment__footer"><menu class="comment-footer__menu">'
            f'<li class="voting" data-role="voting"><a href="#" class="vote-up count-{i % 4}" '
            f'data-action="upvote" title="Vote up"><span class="updatable count" data-role='
            f'"likes">{i % 4}</span></a></li><li class="bullet" aria-hidden="true">•</li>'
            f'<li class="reply" data-role="reply-link"><a href="#" data-action="reply"><span '
            f'class="text">{"Responder" if es else "Reply"}</span></a></li></menu></footer>'
            f"</div></div>{child}</li>"
        )

    posts = "".join(one(i) for i in _children(page.comments, None))
    related = _related(page)
    markup = f"""<!doctype html>
<html lang="{page["lang"]}">
<head>
<meta charset="utf-8">
<title>{page["title"]} - {page["site"]}</title>
<meta name="description" content="{esc(page["description"])}">
<meta property="og:title" content="{esc(page["title"])}">
<meta property="og:type" content="article">
<meta name="author" content="{page["author"]}">
<meta property="article:published_time" content="{iso(page["published"], tz)}">
<link rel="canonical" href="{page["url"]}">
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}gtag('js',new Date());gtag('config','G-XYZ');</script>
<style>.story-body p{{font-size:19px;line-height:1.6}}.paywall-hint{{display:none}}</style>
</head>
<body class="story-page">
<div class="ad-leaderboard" id="ad-top"><span class="ad-label">{page.get("adlabel") or ("Publicidad" if es else "Advertisement")}</span></div>
<header class="masthead"><a class="logo" href="/">{page["site"]}</a>
<nav class="sections"><ul>{"".join(f'<li><a href="/{_slug(x)}">{x}</a></li>' for x in page.get("nav").split(";"))}</ul></nav>
<a class="subscribe-btn" href="/subscribe">{page.get("subscribe")}</a></header>
<main id="content" class="container">
<div class="story-wrap">
<div class="kicker"><a href="/{_slug(page["section"])}">{page["section"]}</a></div>
<h1 class="story-headline">{page["title"]}</h1>
<p class="story-dek">{page["description"]}</p>
<div class="byline-block"><span class="byline">{"Por" if es else "By"} <a href="/authors/{_slug(page["author"])}" rel="author">{page["author"]}</a></span>
<time class="pubdate" datetime="{iso(page["published"], tz)}">{human_date(page["published"], page["lang"], with_time=True)}</time></div>
<div class="share-rail"><a class="share fb" href="#">{"Compartir" if es else "Share"}</a> <a class="share tw" href="#">Tweet</a> <a class="share mail" href="#">Email</a></div>
<div class="story-body">
{body}
</div>
<div class="story-tags">{"".join(f'<a href="/tag/{_slug(x)}">{x}</a> ' for x in page.get("tags").split(";"))}</div>
<aside class="more-stories"><h3>{"Más noticias" if es else "More from " + page["site"]}</h3><ul>{"".join(f'<li><a href="/{_slug(r)}">{r}</a></li>' for r in related)}</ul></aside>
<div id="disqus_thread"><div id="layout" data-tracking-area="layout">
<div id="main-nav" class="nav nav-primary"><ul><li class="nav-tab nav-tab--primary tab-conversation active"><a class="publisher-nav-color" data-nav="conversation" href="#"><span class="comment-count">{len(page.comments)} {"comentarios" if es else "comments"}</span></a></li><li class="nav-tab nav-tab--primary tab-community"><a class="publisher-nav-color" href="#"><span class="community-name"><strong>{page["site"]}</strong></span></a></li></ul></div>
<section id="conversation" data-role="main" data-tracking-area="main">
<div class="nav nav-secondary" data-tracking-area="secondary-nav"><ul><li class="nav-tab nav-tab--secondary dropdown sorting pull-right"><a href="#" class="dropdown-toggle" data-toggle="dropdown"><span class="label">{"Ordenar por los mejores" if es else "Sort by Best"}</span></a></li></ul></div>
<div id="posts"><div id="form"><form class="reply"><div class="postbox"><div class="textarea-wrapper" data-role="textarea"><div class="textarea" tabindex="0" role="textbox" aria-multiline="true" contenteditable="true" data-role="editable"><p><br></p></div><span class="placeholder">{"Únete a la conversación..." if es else "Join the discussion…"}</span></div></div></form></div>
<ul id="post-list" class="post-list">{posts}</ul>
<div class="load-more" data-role="more"><a href="#" data-action="more-posts" class="btn load-more__button">{"Cargar más comentarios" if es else "Load more comments"}</a></div></div>
</section>
<div id="footer"><ul><li class="install"><a href="https://disqus.com/" target="_blank" rel="nofollow noopener noreferrer"><i class="icon-disqus"></i><span>{"Añade Disqus a tu sitio" if es else "Add Disqus to your site"}</span></a></li></ul></div>
</div></div>
<script>var disqus_config = function () {{ this.page.url = '{page["url"]}'; this.page.identifier = '{len(page["url"])}'; }};</script>
<noscript>Please enable JavaScript to view the <a href="https://disqus.com/?ref_noscript">comments powered by Disqus.</a></noscript>
</div>
</main>
<footer class="site-foot"><p>{page.get("footer")}</p></footer>
<div class="gdpr-banner" id="gdpr"><p>{page.get("cookie")}</p><button>{"Aceptar" if es else "Accept"}</button></div>
</body></html>
"""
    extra = [x for x in (page.get("cookie"), page.get("subscribe")) if x]
    extra.append("Únete a la conversación..." if es else "Join the discussion")
    return Rendered(markup, [*furn, *related, *extra])
