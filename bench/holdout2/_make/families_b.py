# ruff: noqa: E501
"""Family templates: microdata, JSON-LD, Spanish comentarios, phpBB forum, Joomla, Ghost, AMP, FB."""

from __future__ import annotations

import json
from datetime import datetime

from .common import (
    MONTHS_EN,
    MONTHS_ES,
    Rendered,
    body_items,
    comment_quotes,
    comment_text_lines,
    entities,
    esc,
    human_date,
    iso,
)
from .families_a import _children, _related, _slug
from .spec import Page

__all__ = ["amp", "comentarios", "facebook", "forum", "ghost", "joomla", "jsonld", "microdata"]


def _plain_lines(lines: list[str]) -> str:
    return "\n".join(lines)


def microdata(page: Page) -> Rendered:
    """A custom CMS marking comments up with schema.org Comment microdata."""
    es = page["lang"] == "es"
    tz = page["tz"]
    body, furn = body_items(page)

    def one(i: int) -> str:
        c = page.comments[i]
        kids = _children(page.comments, i)
        when = human_date(c.time, page["lang"], with_time=True) if c.time else c.shown
        meta = f'<meta itemprop="dateCreated" content="{iso(c.time, tz)}">' if c.time else ""
        text = "".join(f"<p>{line}</p>" for line in comment_text_lines(c))
        nested = ""
        if kids:
            nested = '<div class="replies">' + "".join(one(k) for k in kids) + "</div>"
        return (
            f'<div class="comment" id="cmt-{300 + i}" itemprop="comment" itemscope '
            f'itemtype="https://schema.org/Comment">{meta}'
            f'<div class="comment-head"><span itemprop="author" itemscope itemtype="https://schema.org/Person">'
            f'<span itemprop="name">{esc(c.author)}</span></span> <span class="when">{when}</span></div>'
            f'<div class="comment-text" itemprop="text">{text}</div>'
            f'<div class="comment-tools"><a href="#reply-{300 + i}" class="reply-link">{"Responder" if es else "Reply"}</a>'
            f' · <a href="#flag" class="flag">{"Reportar" if es else "Report"}</a> · <span class="likes">▲ {i * 3 % 7}</span></div>'
            f"{nested}</div>"
        )

    def article(i: int) -> str:
        """The second variant: article elements, a visible time[datetime], author as text."""
        c = page.comments[i]
        kids = _children(page.comments, i)
        when = human_date(c.time, page["lang"], with_time=True) if c.time else c.shown
        stamp = (
            f'<time itemprop="dateCreated" datetime="{iso(c.time, tz)}">{when}</time>'
            if c.time
            else f'<span class="ago">{when}</span>'
        )
        text = "".join(f"<p>{line}</p>" for line in comment_text_lines(c))
        nested = "".join(article(k) for k in kids)
        return (
            f'<article class="cmt{" cmt--reply" if c.parent is not None else ""}" id="c{70 + i}" '
            f'itemprop="comment" itemscope itemtype="https://schema.org/Comment">'
            f'<header class="cmt__head"><b itemprop="author">{esc(c.author)}</b> · {stamp}</header>'
            f'<div class="cmt__body" itemprop="text">{text}</div>'
            f'<footer class="cmt__foot"><button data-reply="{70 + i}">{"Responder" if es else "Reply"}</button>'
            f'<button data-flag="{70 + i}">{"Reportar" if es else "Report"}</button></footer>'
            f"{nested}</article>"
        )

    render = article if page.get("variant") == "b" else one
    comments = "".join(render(i) for i in _children(page.comments, None))
    related = _related(page)
    markup = f"""<!DOCTYPE html>
<html lang="{page["lang"]}">
<head>
<meta charset="utf-8">
<title>{page["title"]} | {page["site"]}</title>
<meta name="viewport" content="width=device-width">
<meta name="description" content="{esc(page["description"])}">
<meta property="og:title" content="{esc(page["title"])}">
<meta property="og:site_name" content="{page["site"]}">
<link rel="stylesheet" href="/static/css/main.4f2a.css">
</head>
<body>
<div class="cookie-bar" id="cookies">{page.get("cookie")} <a href="/privacy">{"Más información" if es else "Learn more"}</a> <button onclick="acceptCookies()">OK</button></div>
<header class="top"><div class="wrap"><a class="brand" href="/">{page["site"]}</a><ul class="menu">{"".join(f'<li><a href="/{_slug(x)}/">{x}</a></li>' for x in page.get("nav").split(";"))}</ul></div></header>
<div class="wrap layout">
<main class="col-main" itemscope itemtype="https://schema.org/NewsArticle">
<meta itemprop="datePublished" content="{iso(page["published"], tz)}">
<nav class="crumbs"><a href="/">{"Inicio" if es else "Home"}</a> › <a href="/{_slug(page["section"])}/">{page["section"]}</a></nav>
<h1 itemprop="headline">{page["title"]}</h1>
<div class="meta"><span itemprop="author" itemscope itemtype="https://schema.org/Person">{"Por" if es else "By"} <a itemprop="url" href="/autor/{_slug(page["author"])}"><span itemprop="name">{page["author"]}</span></a></span> | <span class="date">{human_date(page["published"], page["lang"])}</span></div>
<div class="article-body" itemprop="articleBody">
{body}
</div>
<div class="share-bottom"><span>{"Comparte esta nota:" if es else "Share this story:"}</span> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a> <a href="#">Telegram</a></div>
<section class="author-card"><h4>{page["author"]}</h4><p>{page.get("bio")}</p></section>
<section class="comments-wrap" id="comments"><h3>{len(page.comments)} {"comentarios" if es else "comments"}</h3>
<div class="comment-list">{comments}</div>
<form class="comment-form" method="post" action="/comments/add"><h4>{page.get("formtitle")}</h4><textarea name="body"></textarea><input name="name" placeholder="{"Nombre" if es else "Name"}"><button>{"Enviar" if es else "Submit"}</button></form>
</section>
</main>
<aside class="col-side"><div class="box"><h3>{"Más leídas" if es else "Most read"}</h3><ol>{"".join(f'<li><a href="/{_slug(r)}/">{r}</a></li>' for r in related)}</ol></div>
<div class="box ad"><div id="ad-sidebar-300x250"></div></div></aside>
</div>
<footer class="bottom"><p>{page.get("footer")}</p></footer>
<script src="/static/js/app.91c.js"></script>
</body></html>
"""
    extra = [x for x in (page.get("cookie"), page.get("bio"), page.get("formtitle")) if x]
    return Rendered(markup, [*furn, *related, *extra])


def jsonld(page: Page) -> Rendered:
    """A custom site with a NewsArticle JSON-LD carrying the comments, rendered by its own template."""
    es = page["lang"] == "es"
    tz = page["tz"]
    body, furn = body_items(page, also="lee-tambien" if es else "read-also")
    ld_comments = []
    visible = []
    for i, c in enumerate(page.comments):
        text = _plain_lines(comment_text_lines(c))
        entry = {
            "@type": "Comment",
            "author": {"@type": "Person", "name": c.author},
            "text": text,
        }
        if c.time:
            entry["dateCreated"] = iso(c.time, tz)
        ld_comments.append(entry)
        when = human_date(c.time, page["lang"], with_time=True) if c.time else c.shown
        reply = ""
        if c.parent is not None:
            reply = f'<span class="in-reply">{"en respuesta a" if es else "in reply to"} {esc(page.comments[c.parent].author)}</span>'
        visible.append(
            f'<div class="c-item{" c-item--reply" if c.parent is not None else ""}" data-id="{900 + i}"'
            f"{f' data-parent={900 + c.parent}' if c.parent is not None else ''}>"
            f'<div class="c-item__who"><strong>{esc(c.author)}</strong>{reply}</div>'
            f'<div class="c-item__when">{when}</div>'
            f'<div class="c-item__body">{"<br>".join(comment_text_lines(c))}</div>'
            f'<div class="c-item__actions"><button class="js-reply">{"Responder" if es else "Reply"}</button><button class="js-report">{"Denunciar" if es else "Report abuse"}</button></div></div>'
        )
    body_text = " ".join(it.parts[0] for it in page.body if it.kind in {"p", "h2", "li", "q"})
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": page["url"],
        "headline": page["title"],
        "description": page["description"],
        "datePublished": iso(page["published"], tz),
        "dateModified": iso(page["published"], tz),
        "author": [{"@type": "Person", "name": page["author"]}] if page["author"] != "-" else [],
        "publisher": {
            "@type": "Organization",
            "name": page["site"],
            "logo": {"@type": "ImageObject", "url": "/logo.png"},
        },
        "image": [page.get("image")],
        "inLanguage": page["lang"],
        "wordCount": len(body_text.split()),
        "commentCount": len(page.comments),
        "comment": ld_comments,
    }
    related = _related(page)
    author = page["author"] if page["author"] != "-" else page["site"]
    markup = f"""<!DOCTYPE html>
<html lang="{page["lang"]}">
<head>
<meta charset="utf-8">
<title>{page["title"]}</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta property="og:title" content="{esc(page["title"])}">
<meta property="og:description" content="{esc(page["description"])}">
<meta property="og:image" content="{page.get("image")}">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
<script type="application/ld+json">{json.dumps({"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [{"@type": "ListItem", "position": 1, "name": page["section"], "item": "/" + _slug(page["section"])}]}, ensure_ascii=False)}</script>
<style>:root{{--brand:#b00}} .c-item--reply{{margin-left:40px}} .nl-box{{background:#f3f3f3}}</style>
</head>
<body>
<div id="app">
<div class="topbar"><a class="logo" href="/">{page["site"]}</a><nav>{"".join(f'<a href="/{_slug(x)}">{x}</a>' for x in page.get("nav").split(";"))}</nav><a class="btn-live" href="/en-vivo">{"EN VIVO" if es else "LIVE"}</a></div>
<div class="page-grid">
<article class="nota">
<header class="nota__header"><span class="nota__section">{page["section"]}</span>
<h1 class="nota__title">{page["title"]}</h1>
<h2 class="nota__summary">{page["description"]}</h2>
<div class="nota__byline"><span class="nota__author">{author}</span> <span class="nota__date">{human_date(page["published"], page["lang"], with_time=True)}</span></div></header>
<figure class="nota__lead"><img src="{page.get("image")}" alt=""><figcaption>{page.get("leadcaption")}</figcaption></figure>
<div class="nota__body">
{body}
</div>
<div class="nl-box"><h4>{page.get("newsletter")}</h4><form><input type="email"><button>{"Suscribirme" if es else "Subscribe"}</button></form></div>
<div class="nota__tags">{"".join(f'<a href="/tema/{_slug(x)}">#{x}</a> ' for x in page.get("tags").split(";"))}</div>
<section class="comments" id="comentarios"><h3 class="comments__title">{"Comentarios" if es else "Comments"} ({len(page.comments)})</h3>
<p class="comments__rules">{page.get("rules")}</p>
<div class="comments__list">{"".join(visible)}</div>
</section>
</article>
<aside class="rail"><div class="rail__ad"><span>{"Publicidad" if es else "Advertisement"}</span></div><h3>{"Te puede interesar" if es else "You may also like"}</h3>{"".join(f'<a class="card" href="/{_slug(r)}"><span class="card__title">{r}</span></a>' for r in related)}</aside>
</div>
<footer class="site-footer"><p>{page.get("footer")}</p></footer>
</div>
<script src="/assets/bundle.min.js" defer></script>
</body></html>
"""
    extra = [x for x in (page.get("newsletter"), page.get("rules")) if x]
    return Rendered(markup, [*furn, *related, *extra])


def comentarios(page: Page) -> Rendered:
    """A Spanish-language newspaper with its own comentarios section (div#comentarios)."""
    body, furn = body_items(page, also="strong")

    def one(i: int) -> str:
        c = page.comments[i]
        kids = _children(page.comments, i)
        when = human_date(c.time, "es", with_time=True) if c.time else c.shown
        nested = (
            ('<div class="respuestas">' + "".join(one(k) for k in kids) + "</div>") if kids else ""
        )
        return (
            f'<div class="comentario" id="comentario-{5000 + i}"><div class="cabecera">'
            f'<span class="autor">{esc(c.author)}</span> <span class="fecha">{when}</span></div>'
            f'<div class="texto">{"".join(f"<p>{x}</p>" for x in comment_text_lines(c))}</div>'
            f'<div class="acciones"><a href="#" class="responder">Responder</a> | <a href="#" class="denunciar">Denunciar</a>'
            f' | <span class="votos"><a class="si">👍 {i * 2}</a> <a class="no">👎 {i % 3}</a></span></div>'
            f"{nested}</div>"
        )

    comments = "".join(one(i) for i in _children(page.comments, None))
    related = _related(page)
    pub = datetime.fromisoformat(page["published"])
    markup = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="es" lang="es">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{page["title"]} - {page["site"]}</title>
<meta name="keywords" content="{page.get("tags").replace(";", ",")}" />
<meta name="description" content="{esc(page["description"])}" />
<meta property="og:title" content="{esc(page["title"])}" />
<meta name="date" content="{page["published"][:10]}" />
<link href="/css/estilos.css?v=2011" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/js/jquery-1.4.2.min.js"></script>
<script type="text/javascript">var _gaq = _gaq || []; _gaq.push(['_setAccount', 'UA-1234-1']); _gaq.push(['_trackPageview']);</script>
</head>
<body>
<div id="contenedor">
<div id="cabezal"><div id="logo"><a href="/"><img src="/img/logo.gif" alt="{page["site"]}" /></a></div>
<div id="fecha-hoy">{human_date(page["published"], "es", style="weekday").capitalize()}</div>
<div id="menu"><ul>{"".join(f'<li><a href="/seccion/{_slug(x)}">{x}</a></li>' for x in page.get("nav").split(";"))}</ul></div></div>
<div id="banner-superior"><a href="/publicidad"><img src="/banners/728x90.gif" alt="Publicidad" /></a></div>
<div id="columna-izquierda">
<div class="nota-completa">
<div class="seccion-nota"><a href="/seccion/{_slug(page["section"])}">{page["section"]}</a></div>
<h1 class="titulo-nota">{page["title"]}</h1>
<div class="sumario">{page["description"]}</div>
<div class="datos-nota"><span class="autor-nota">{page["author"]}</span> | <span class="fecha-nota">{pub.day:02d}/{pub.month:02d}/{pub.year} - {pub:%H:%M} hrs.</span></div>
<div class="herramientas"><a href="javascript:window.print()">Imprimir</a> | <a href="/enviar">Enviar por correo</a> | <a href="#" class="aumentar">A+</a> <a href="#" class="disminuir">A-</a></div>
<div class="cuerpo-nota">
{body}
</div>
<div class="compartir"><span>Compartir en:</span> <a href="#" class="fb">Facebook</a> <a href="#" class="tw">Twitter</a> <a href="#" class="mn">Menéame</a></div>
<div class="notas-relacionadas"><h3>Notas relacionadas</h3><ul>{"".join(f'<li><a href="/nota/{_slug(r)}">{r}</a></li>' for r in related)}</ul></div>
</div>
<div id="comentarios">
<h3>Comentarios ({len(page.comments)})</h3>
<p class="aviso-comentarios">{page.get("rules")}</p>
{comments}
<div class="form-comentario"><h4>Escribe tu comentario</h4><form action="/comentar" method="post"><label>Nombre:</label><input type="text" name="nombre" /><label>Comentario:</label><textarea name="texto" rows="5"></textarea><input type="submit" value="Enviar comentario" /></form></div>
</div>
</div>
<div id="columna-derecha"><div class="caja"><h3>Lo más visto</h3><ol>{"".join(f'<li><a href="/nota/{_slug(r)}">{r}</a></li>' for r in related[::-1])}</ol></div>
<div class="caja encuesta"><h3>Encuesta</h3><p>{page.get("poll")}</p><form><input type="radio" name="e" /> Sí <input type="radio" name="e" /> No</form></div></div>
<div id="pie"><p>{page.get("footer")}</p></div>
</div>
</body>
</html>
"""
    extra = [x for x in (page.get("rules"), page.get("poll")) if x]
    extra.append("Escribe tu comentario")
    return Rendered(markup, [*furn, *related, *extra])


def forum(page: Page) -> Rendered:
    """A phpBB 3 topic: the first post is the article, the later posts are the comments."""
    es = page["lang"] == "es"
    days_es = ["Lun", "Mar", "Mié", "Jue", "Vie", "Sáb", "Dom"]
    days_en = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

    def stamp(value: str) -> str:
        dt = datetime.fromisoformat(value)
        mon = (MONTHS_ES if es else MONTHS_EN)[dt.month - 1][:3].capitalize()
        day = (days_es if es else days_en)[dt.weekday()]
        return f"{day} {mon} {dt.day:02d}, {dt.year} {dt.hour % 12 or 12}:{dt:%M} {'am' if dt.hour < 12 else 'pm'}"

    body, furn = body_items(page)
    body = body.replace("<p>", "").replace("</p>", "<br /><br />")
    sigs = page.get("signatures").split(";") if page.get("signatures") else []

    def post(n: int, author: str, when: str, subject: str, content: str, sig: str) -> str:
        posted = "Publicado:" if es else "Posted:"
        sig_html = f'<div id="sig{n}" class="signature">{sig}</div>' if sig else ""
        return f"""<div id="p{1000 + n}" class="post bg{n % 2 + 1}"><div class="inner"><span class="corners-top"><span></span></span>
<div class="postbody"><ul class="profile-icons"><li class="quote-icon"><a href="./posting.php?mode=quote&amp;f=4&amp;p={1000 + n}" title="{"Responder citando" if es else "Reply with quote"}"><span>{"Responder citando" if es else "Reply with quote"}</span></a></li></ul>
<h3{' class="first"' if n == 0 else ""}><a href="#p{1000 + n}">{subject}</a></h3>
<p class="author"><a href="./viewtopic.php?p={1000 + n}#p{1000 + n}"><img src="./styles/prosilver/imageset/icon_post_target.gif" width="11" height="9" alt="Mensaje" title="Mensaje" /></a>{"por" if es else "by"} <strong><a href="./memberlist.php?mode=viewprofile&amp;u={40 + n}">{esc(author)}</a></strong> &raquo; {when}</p>
<div class="content">{content}</div>
{sig_html}
</div>
<dl class="postprofile" id="profile{1000 + n}"><dt><a href="./memberlist.php?mode=viewprofile&amp;u={40 + n}">{esc(author)}</a></dt><dd>{"Mensajes:" if es else "Posts:"} {n * 37 + 12}</dd><dd>{"Registrado:" if es else "Joined:"} Mar 2009</dd></dl>
<div class="back2top"><a href="#wrap" class="top" title="{"Arriba" if es else "Top"}">{"Arriba" if es else "Top"}</a></div>
<span class="corners-bottom"><span></span></span></div></div>
<hr class="divider" />
<!-- {posted} -->
"""

    posts = [
        post(
            0,
            page["author"],
            stamp(page["published"]),
            page["title"],
            body,
            sigs[0] if sigs else "",
        )
    ]
    authors_sig = {}
    for k, s in enumerate(sigs[1:]):
        who, _, text = s.partition("=")
        authors_sig[who.strip()] = text.strip()
        del k
    for i, c in enumerate(page.comments):
        quotes = "".join(
            f"<blockquote><div><cite>{esc(who)} {'escribió' if es else 'wrote'}:</cite>{text}</div></blockquote>"
            for who, text in comment_quotes(c)
        )
        content = quotes + "<br />".join(comment_text_lines(c))
        when = stamp(c.time) if c.time else c.shown
        posts.append(
            post(
                i + 1,
                c.author,
                when,
                f"Re: {page['title']}",
                content,
                authors_sig.get(c.author, ""),
            )
        )
    related = _related(page)
    markup = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" dir="ltr" lang="{page["lang"]}" xml:lang="{page["lang"]}">
<head>
<meta http-equiv="content-type" content="text/html; charset=UTF-8" />
<meta http-equiv="content-style-type" content="text/css" />
<title>{page["site"]} &bull; {"Ver tema" if es else "View topic"} - {page["title"]}</title>
<link href="./styles/prosilver/theme/print.css" rel="stylesheet" type="text/css" media="print" title="printonly" />
<link href="./style.php?id=1&amp;lang=en" rel="stylesheet" type="text/css" media="screen, projection" />
<script type="text/javascript">
// <![CDATA[
var jump_page = '{"Introduce el número de página al que deseas saltar" if es else "Enter the page number you wish to go to"}:';
var on_page = '1'; var per_page = '15'; var base_url = './viewtopic.php?f=4&amp;t=8812';
// ]]>
</script>
</head>
<body id="phpbb" class="section-viewtopic ltr">
<div id="wrap"><a id="top" name="top" accesskey="t"></a>
<div id="page-header"><div class="headerbar"><div class="inner"><span class="corners-top"><span></span></span>
<div id="site-description"><a href="./index.php" title="{"Índice general" if es else "Board index"}" id="logo"><img src="./styles/prosilver/imageset/site_logo.gif" width="139" height="52" alt="" /></a>
<h1>{page["site"]}</h1><p>{page.get("tagline")}</p><p class="skiplink"><a href="#start_here">{"Saltar al contenido" if es else "Skip to content"}</a></p></div>
<div id="search-box"><form action="./search.php" method="get" id="search"><fieldset><input name="keywords" id="keywords" type="text" maxlength="128" title="Search for keywords" class="inputbox search" value="{"Buscar…" if es else "Search…"}" /></fieldset></form></div>
<span class="corners-bottom"><span></span></span></div></div>
<div class="navbar"><div class="inner"><span class="corners-top"><span></span></span>
<ul class="linklist navlinks"><li class="icon-home"><a href="./index.php" accesskey="h">{"Índice general" if es else "Board index"}</a> <strong>&#8249;</strong> <a href="./viewforum.php?f=4">{page["section"]}</a></li></ul>
<ul class="linklist rightside"><li class="icon-faq"><a href="./faq.php" title="FAQ">FAQ</a></li><li class="icon-register"><a href="./ucp.php?mode=register">{"Registrarse" if es else "Register"}</a></li><li class="icon-logout"><a href="./ucp.php?mode=login" title="Login" accesskey="x">{"Identificarse" if es else "Login"}</a></li></ul>
<span class="corners-bottom"><span></span></span></div></div></div>
<a name="start_here"></a>
<div id="page-body">
<h2><a href="./viewtopic.php?f=4&amp;t=8812">{page["title"]}</a></h2>
<div class="topic-actions"><div class="buttons"><div class="reply-icon"><a href="./posting.php?mode=reply&amp;f=4&amp;t=8812" title="{"Publicar una respuesta" if es else "Post a reply"}"><span></span>{"Publicar una respuesta" if es else "Post a reply"}</a></div></div>
<div class="pagination">{len(posts)} {"mensajes" if es else "posts"} &bull; <a href="#" onclick="jumpto(); return false;" title="Click to jump to page…">{"Página" if es else "Page"} <strong>1</strong> {"de" if es else "of"} <strong>1</strong></a></div></div>
<div class="clear"></div>
{"".join(posts)}
<div class="topic-actions"><div class="pagination">{len(posts)} {"mensajes" if es else "posts"}</div></div>
<p></p><p><a href="./viewforum.php?f=4" class="left-box left" accesskey="r">{"Volver a" if es else "Return to"} {page["section"]}</a></p>
<div class="forabg"><div class="inner"><ul class="topiclist"><li class="header"><dl><dt>{"Temas similares" if es else "Similar topics"}</dt></dl></li></ul><ul class="topiclist forums">{"".join(f'<li class="row"><dl><dt><a href="./viewtopic.php?t={k}" class="topictitle">{r}</a></dt></dl></li>' for k, r in enumerate(related))}</ul></div></div>
<h3>{"¿Quién está conectado?" if es else "Who is online"}</h3><p>{"Usuarios navegando por este Foro: No hay usuarios registrados visitando el Foro y 9 invitados" if es else "Users browsing this forum: No registered users and 9 guests"}</p>
</div>
<div id="page-footer"><div class="navbar"><div class="inner"><ul class="linklist"><li class="icon-home"><a href="./index.php">{"Índice general" if es else "Board index"}</a></li><li class="rightside"><a href="./memberlist.php?mode=leaders">{"El equipo" if es else "The team"}</a> &bull; {"Todos los horarios son" if es else "All times are"} UTC {page["tz"][:3]} {"horas" if es else "hours"}</li></ul></div></div>
<div class="copyright">Powered by <a href="https://www.phpbb.com/">phpBB</a>&reg; Forum Software &copy; phpBB Group</div></div>
</div>
</body>
</html>
"""
    sig_strings = [s.partition("=")[2].strip() or s for s in sigs]
    who_online = "Usuarios navegando por este Foro" if es else "Users browsing this forum"
    reply = "Publicar una respuesta" if es else "Post a reply"
    return Rendered(markup, [*furn, *related, *[s for s in sig_strings if s], who_online, reply])


def joomla(page: Page) -> Rendered:
    """A Joomla 2.5 site (div.item-page, dl.article-info) with JComments reader comments."""
    es = page["lang"] == "es"
    body, furn = body_items(page)
    body = body.replace("<p>", '<p style="text-align: justify;">')

    def one(i: int) -> str:
        c = page.comments[i]
        when = datetime.fromisoformat(c.time).strftime("%d.%m.%Y %H:%M") if c.time else c.shown
        quote = "".join(
            f'<blockquote><div class="quote"><b>{esc(who)}:</b><br />{text}</div></blockquote>'
            for who, text in comment_quotes(c)
        )
        return (
            f'<div class="{"odd" if i % 2 else "even"}" id="comment-item-{60 + i}">'
            f'<div class="rbox"><div class="rbox_tr"><div class="rbox_tl"><div class="rbox_t">&nbsp;</div></div></div><div class="rbox_m">'
            f'<div class="comment-box usertype-{"guest" if c.author in {"Anónimo", "Invitado", "Guest"} else "registered"}">'
            f'<a class="comment-anchor" href="{page["url"]}#comment-{60 + i}" id="comment-{60 + i}">#{i + 1}</a> '
            f'<span class="comment-author">{esc(c.author)}</span> <span class="comment-date">{when}</span>'
            f'<div class="comment-body">{quote}{"<br />".join(comment_text_lines(c))}</div>'
            f'<span class="comments-buttons"><a href="#" onclick="jcomments.showReply({60 + i}); return false;">{"Responder" if es else "Reply"}</a> | '
            f'<a href="#" onclick="jcomments.showReply({60 + i},1); return false;">{"Citar" if es else "Quote"}</a></span>'
            f'</div><div class="clear"></div></div><div class="rbox_br"><div class="rbox_bl"><div class="rbox_b">&nbsp;</div></div></div></div></div>'
        )

    def tree(parent: int | None) -> str:
        out = []
        for i in _children(page.comments, parent):
            kids = _children(page.comments, i)
            sub = f"<ul>{tree(i)}</ul>" if kids else ""
            out.append(f'<li id="comment-item-li-{60 + i}">{one(i)}{sub}</li>')
        return "".join(out)

    comments = (
        f'<div class="comments-list" id="comments-list-0"><ul>{tree(None)}</ul></div>'
        if page.comments
        else ""
    )
    pub = datetime.fromisoformat(page["published"])
    wd = (
        ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
        if es
        else ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    )[pub.weekday()]
    mon = (MONTHS_ES if es else MONTHS_EN)[pub.month - 1]
    created = (
        f"Creado el {wd.capitalize()}, {pub.day:02d} {mon.capitalize()} {pub.year} {pub:%H:%M}"
        if es
        else f"Written on {wd}, {pub.day:02d} {mon} {pub.year} {pub:%H:%M}"
    )
    related = _related(page)
    markup = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="{page["lang"]}-{"es" if es else "gb"}" lang="{page["lang"]}-{"es" if es else "gb"}" dir="ltr">
<head>
<base href="{page["url"]}" />
<meta http-equiv="content-type" content="text/html; charset=utf-8" />
<meta name="keywords" content="{page.get("tags").replace(";", ", ")}" />
<meta name="author" content="{page["author"]}" />
<meta name="description" content="{esc(page["description"])}" />
<meta name="generator" content="Joomla! - Open Source Content Management" />
<title>{page["title"]}</title>
<link href="/templates/rt_gantry/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
<link rel="stylesheet" href="/components/com_jcomments/tpl/default/style.css?v=12" type="text/css" />
<script src="/media/system/js/mootools-core.js" type="text/javascript"></script>
<script src="/components/com_jcomments/js/jcomments-v2.3.js?v=12" type="text/javascript"></script>
<script type="text/javascript">window.addEvent('domready', function() {{ $$('.hasTip').each(function(el) {{ var title = el.get('title'); }}); }});</script>
</head>
<body class="bg">
<table width="100%" border="0" cellpadding="0" cellspacing="0" id="main-table"><tr><td class="header-cell" colspan="3">
<div id="logo"><a href="/"><img src="/images/logo.png" alt="{page["site"]}" /></a><span class="slogan">{page.get("tagline")}</span></div>
<div class="moduletable_menu"><ul class="menu">{"".join(f'<li class="item-{100 + k}"><a href="/index.php/{_slug(x)}">{x}</a></li>' for k, x in enumerate(page.get("nav").split(";")))}</ul></div>
</td></tr>
<tr><td class="left-col" width="200" valign="top">
<div class="moduletable"><h3>{"Últimas noticias" if es else "Latest news"}</h3><ul class="latestnews">{"".join(f'<li><a href="/index.php/{_slug(r)}">{r}</a></li>' for r in related)}</ul></div>
<div class="moduletable"><h3>{"Síguenos" if es else "Follow us"}</h3><p><a href="https://facebook.com/">Facebook</a> · <a href="https://twitter.com/">Twitter</a></p></div>
</td>
<td class="content-cell" valign="top">
<div class="breadcrumbs"><a href="/" class="pathway">{"Inicio" if es else "Home"}</a> <img src="/media/system/images/arrow.png" alt="" /> <a href="/index.php/{_slug(page["section"])}" class="pathway">{page["section"]}</a> <img src="/media/system/images/arrow.png" alt="" /> <span>{page["title"]}</span></div>
<div class="item-page">
<h2><a href="{page["url"]}">{page["title"]}</a></h2>
<ul class="actions"><li class="print-icon"><a href="{page["url"]}?tmpl=component&amp;print=1" title="{"Imprimir" if es else "Print"}" rel="nofollow"><img src="/media/system/images/printButton.png" alt="{"Imprimir" if es else "Print"}" /></a></li><li class="email-icon"><a href="/index.php/component/mailto/?tmpl=component" title="Email"><img src="/media/system/images/emailButton.png" alt="Email" /></a></li></ul>
<dl class="article-info"><dt class="article-info-term">{"Detalles" if es else "Details"}</dt>
<dd class="category-name">{"Categoría:" if es else "Category:"} <a href="/index.php/{_slug(page["section"])}">{page["section"]}</a></dd>
<dd class="create">{created}</dd>
<dd class="createdby">{"Escrito por" if es else "Written by"} {page["author"]}</dd>
<dd class="hits">{"Visitas:" if es else "Hits:"} {len(page["url"]) * 41}</dd></dl>
{body}
<ul class="pagenav"><li class="pagenav-prev"><a href="/prev" rel="prev">&lt; {"Anterior" if es else "Prev"}</a></li><li class="pagenav-next"><a href="/next" rel="next">{"Siguiente" if es else "Next"} &gt;</a></li></ul>
</div>
<script type="text/javascript">
<!--
function JCommentsInitializeForm() {{ var jcEditor = new JCommentsEditor('comments-form-comment', true); }}
//-->
</script>
<div id="jc">
<div id="comments"><h4>{"Comentarios" if es else "Comments"}</h4>
{comments}
</div>
<a id="addcomments" href="#addcomments"></a>
<form id="comments-form" name="comments-form" action="javascript:void(null);">
<h4>{page.get("formtitle") or ("Añadir comentario" if es else "Add comment")}</h4>
<p><span><input id="comments-form-name" type="text" name="name" value="" maxlength="20" size="22" tabindex="1" /><label for="comments-form-name">{"Nombre (obligatorio)" if es else "Name (required)"}</label></span></p>
<p><span><textarea id="comments-form-comment" name="comment" cols="65" rows="8" tabindex="5"></textarea></span></p>
<div id="comments-form-buttons"><div class="btn" id="comments-form-send"><div><a href="#" tabindex="7" onclick="jcomments.saveComment();return false;" title="{"Enviar" if es else "Send"} (Ctrl+Enter)">{"Enviar" if es else "Send"}</a></div></div></div>
</form>
<div id="comments-footer" align="center"><a href="http://www.joomlatune.com" title="JComments" target="_blank">JComments</a></div>
</div>
</td>
<td class="right-col" width="220" valign="top"><div class="moduletable"><h3>{"Publicidad" if es else "Sponsors"}</h3><a href="/banner"><img src="/images/banners/sidebar.gif" alt="" /></a></div></td></tr>
<tr><td colspan="3" class="footer-cell"><p>{page.get("footer")}</p></td></tr></table>
</body>
</html>
"""
    extra = ["Nombre (obligatorio)" if es else "Name (required)", page.get("tagline")]
    return Rendered(entities(markup), [*furn, *related, *[x for x in extra if x]])


def ghost(page: Page) -> Rendered:
    """A Ghost (Casper) blog post: clean markup, no comments."""
    es = page["lang"] == "es"
    tz = page["tz"]
    body, furn = body_items(page, figure="plain")
    body = body.replace("<figure>", '<figure class="kg-card kg-image-card kg-card-hascaption">')
    related = _related(page)
    ld = {
        "@context": "https://schema.org",
        "@type": "Article",
        "publisher": {"@type": "Organization", "name": page["site"]},
        "author": {"@type": "Person", "name": page["author"]},
        "headline": page["title"],
        "url": page["url"],
        "datePublished": iso(page["published"], tz),
        "description": page["description"],
    }
    markup = f"""<!DOCTYPE html>
<html lang="{page["lang"]}">
<head>
<meta charset="utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<title>{page["title"]}</title>
<meta name="HandheldFriendly" content="True" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=a1b2c3" />
<meta name="description" content="{esc(page["description"])}" />
<link rel="canonical" href="{page["url"]}" />
<meta name="referrer" content="no-referrer-when-downgrade" />
<meta property="og:site_name" content="{page["site"]}" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{esc(page["title"])}" />
<meta property="article:published_time" content="{iso(page["published"], tz)}" />
<meta name="twitter:label1" content="Written by" />
<meta name="twitter:data1" content="{page["author"]}" />
<script type="application/ld+json">
{json.dumps(ld, indent=4, ensure_ascii=False)}
</script>
<meta name="generator" content="Ghost 5.22" />
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.21/umd/portal.min.js" data-ghost="{page["url"].split("/20")[0]}/"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{{border-radius:3px}}</style>
</head>
<body class="post-template tag-{_slug(page["section"])} is-head-left-logo has-cover">
<div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo" href="/">{page["site"]}</a></div>
<nav class="gh-head-menu"><ul class="nav">{"".join(f'<li class="nav-{_slug(x)}"><a href="/{_slug(x)}/">{x}</a></li>' for x in page.get("nav").split(";"))}</ul></nav>
<div class="gh-head-actions"><a class="gh-head-button" href="#/portal/signup" data-portal="signup">{"Suscríbete" if es else "Subscribe"}</a></div></div></header>
<div class="site-content">
<main id="site-main" class="site-main">
<article class="article post tag-{_slug(page["section"])}">
<header class="article-header gh-canvas">
<div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/{_slug(page["section"])}/">{page["section"]}</a></span></div>
<h1 class="article-title">{page["title"]}</h1>
<p class="article-excerpt">{page["description"]}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list"><li class="author-list-item"><a href="/author/{_slug(page["author"])}/" class="author-avatar"><img class="author-profile-image" src="/content/images/size/w100/author.jpg" alt="{page["author"]}" /></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/{_slug(page["author"])}/">{page["author"]}</a></h4>
<div class="byline-meta-content"><time class="byline-meta-date" datetime="{page["published"][:10]}">{human_date(page["published"], page["lang"])}</time><span class="byline-reading-time"><span class="bull">&bull;</span> {6 + len(page.body) // 3} min {"de lectura" if es else "read"}</span></div></div></section></div>
</header>
<figure class="article-image"><img src="{page.get("image")}" alt="{esc(page["title"])}" /></figure>
<section class="gh-content gh-canvas">
{body}
</section>
<section class="article-comments gh-canvas"></section>
</article>
</main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">{page.get("newsletter")}</h2><a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">{"Tu correo" if es else "Enter your email"}</div><span>{"Suscríbete" if es else "Subscribe"}</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">{"".join(f'<article class="post-card post"><div class="post-card-content"><a class="post-card-content-link" href="/{_slug(r)}/"><header class="post-card-header"><h2 class="post-card-title">{r}</h2></header></a></div></article>' for r in related)}</div></aside>
</div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="/">{page["site"]}</a> &copy; {page["published"][:4]}</section><div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer>
</div>
<script src="https://code.jquery.com/jquery-3.5.1.min.js" crossorigin="anonymous"></script>
<script src="/assets/built/casper.js?v=a1b2c3"></script>
</body>
</html>
"""
    extra = [page["newsletter"]] if page.get("newsletter") else []
    return Rendered(markup, [*furn, *related, *extra])


def amp(page: Page) -> Rendered:
    """An AMP article page (amp-img, amp-ad, amp-social-share, amp-sidebar); no comments."""
    es = page["lang"] == "es"
    tz = page["tz"]
    body, furn = body_items(page)
    body = body.replace(
        "<figure><img ", '<figure><amp-img layout="responsive" width="800" height="533" '
    ).replace("></figure>", "></figure>")
    body = body.replace('alt=""><figcaption>', 'alt=""></amp-img><figcaption>')
    related = _related(page)
    ld = {
        "@context": "http://schema.org",
        "@type": "NewsArticle",
        "headline": page["title"],
        "datePublished": iso(page["published"], tz),
        "author": {"@type": "Person", "name": page["author"]},
        "publisher": {"@type": "Organization", "name": page["site"]},
    }
    markup = f"""<!doctype html>
<html ⚡ lang="{page["lang"]}">
<head>
<meta charset="utf-8">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-ad" src="https://cdn.ampproject.org/v0/amp-ad-0.1.js"></script>
<script async custom-element="amp-social-share" src="https://cdn.ampproject.org/v0/amp-social-share-0.1.js"></script>
<script async custom-element="amp-sidebar" src="https://cdn.ampproject.org/v0/amp-sidebar-0.1.js"></script>
<title>{page["title"]} | {page["site"]}</title>
<link rel="canonical" href="{page["url"].replace("/amp/", "/")}">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
<style amp-boilerplate>body{{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}}</style><noscript><style amp-boilerplate>body{{-webkit-animation:none;animation:none}}</style></noscript>
<style amp-custom>body{{font-family:Georgia,serif}} .amp-ad-label{{font-size:10px}} header{{background:#111;color:#fff}}</style>
</head>
<body>
<amp-sidebar id="sidebar" layout="nodisplay" side="left"><ul>{"".join(f'<li><a href="/{_slug(x)}/">{x}</a></li>' for x in page.get("nav").split(";"))}</ul></amp-sidebar>
<header><button on="tap:sidebar.toggle">☰</button> <a href="/">{page["site"]}</a></header>
<div class="amp-ad-label">{"Publicidad" if es else "Advertisement"}</div>
<amp-ad width="320" height="100" type="doubleclick" data-slot="/1234/amp_top"></amp-ad>
<article class="amp-article">
<p class="kicker">{page["section"]}</p>
<h1>{page["title"]}</h1>
<p class="standfirst">{page["description"]}</p>
<p class="meta"><span class="author">{page["author"]}</span> · <time datetime="{iso(page["published"], tz)}">{human_date(page["published"], page["lang"], with_time=True)}</time></p>
<div class="social"><amp-social-share type="twitter" width="40" height="40"></amp-social-share><amp-social-share type="whatsapp" width="40" height="40"></amp-social-share></div>
<div class="amp-body">
{body}
</div>
<amp-ad width="300" height="250" type="doubleclick" data-slot="/1234/amp_mid"></amp-ad>
<section class="related"><h3>{"Más sobre este tema" if es else "More on this story"}</h3><ul>{"".join(f'<li><a href="/{_slug(r)}/amp/">{r}</a></li>' for r in related)}</ul></section>
<a class="view-full" href="{page["url"].replace("/amp/", "/")}">{page.get("fullversion")}</a>
</article>
<footer><p>{page.get("footer")}</p></footer>
</body>
</html>
"""
    extra = [page["fullversion"]] if page.get("fullversion") else []
    return Rendered(markup, [*furn, *related, *extra])


def facebook(page: Page) -> Rendered:
    """A news page whose comments are a Facebook plugin placeholder: no comments in the HTML."""
    es = page["lang"] == "es"
    tz = page["tz"]
    body, furn = body_items(page, also="strong")
    related = _related(page)
    markup = f"""<!DOCTYPE html>
<html lang="{page["lang"]}" prefix="og: http://ogp.me/ns# fb: http://ogp.me/ns/fb#">
<head>
<meta charset="UTF-8">
<title>{page["title"]} | {page["site"]}</title>
<meta property="fb:app_id" content="1234567890">
<meta property="og:title" content="{esc(page["title"])}">
<meta property="og:description" content="{esc(page["description"])}">
<meta property="og:type" content="article">
<meta property="article:author" content="{page["author"]}">
<meta property="article:published_time" content="{iso(page["published"], tz)}">
<meta name="twitter:site" content="@{_slug(page["site"]).replace("-", "")}">
<link rel="stylesheet" href="/css/app.min.css">
</head>
<body class="single">
<div id="fb-root"></div>
<script async defer crossorigin="anonymous" src="https://connect.facebook.net/{"es_LA" if es else "en_US"}/sdk.js#xfbml=1&version=v15.0&appId=1234567890"></script>
<div class="header-wrap"><header class="main-header"><a href="/" class="brand">{page["site"]}</a><nav class="main-nav"><ul>{"".join(f'<li><a href="/{_slug(x)}">{x}</a></li>' for x in page.get("nav").split(";"))}</ul></nav></header></div>
<div class="breaking-ticker"><strong>{"Última hora" if es else "Breaking"}:</strong> <a href="/">{page.get("ticker")}</a></div>
<div class="container"><div class="row"><div class="col-md-8">
<div class="post-header"><a class="cat" href="/{_slug(page["section"])}">{page["section"]}</a><h1 class="post-title">{page["title"]}</h1>
<div class="post-meta"><span class="post-author">{page["author"]}</span> <span class="post-date">{human_date(page["published"], page["lang"])}</span></div></div>
<div class="post-content">
{body}
</div>
<div class="post-share"><div class="fb-like" data-href="{page["url"]}" data-layout="button_count" data-action="like" data-show-faces="false" data-share="true"></div></div>
<div class="post-comments"><h3>{"Comentarios" if es else "Comments"}</h3>
<div class="fb-comments" data-href="{page["url"]}" data-width="100%" data-numposts="10" data-order-by="social"></div>
<p class="comment-policy">{page.get("rules")}</p></div>
</div>
<div class="col-md-4 sidebar"><div class="widget"><h4>{"Tendencias" if es else "Trending"}</h4><ul>{"".join(f'<li><a href="/{_slug(r)}">{r}</a></li>' for r in related)}</ul></div>
<div class="widget newsletter"><h4>{page.get("newsletter")}</h4><input type="email" placeholder="email"></div></div>
</div></div>
<footer class="site-footer"><p>{page.get("footer")}</p></footer>
<script src="/js/app.min.js"></script>
</body></html>
"""
    extra = [x for x in (page.get("rules"), page.get("newsletter"), page.get("ticker")) if x]
    return Rendered(markup, [*furn, *related, *extra])
