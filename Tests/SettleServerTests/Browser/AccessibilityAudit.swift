import Foundation

/// Automated accessibility checks run inside the page through WebDriver (no external tools).
///
/// Checks (WCAG 2.1 AA where it applies): a `lang` and a title; exactly one `h1`; every form
/// control has a label; every `img` has `alt` and every `svg` is `role="img"` with a name; no
/// positive `tabindex`; links and buttons have text; ids are unique; text contrast at least
/// 4.5:1 (3:1 for large text) computed from the computed colours, backgrounds composited up
/// the tree. SVG chart text is excluded (the chart is an image with a text alternative).
enum AccessibilityAudit {
    /// Returns a list of problems, each naming the element.
    static let staticChecks = #"""
        const problems = [];
        const describe = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).join('.') : '') + ' “' + (el.innerText || el.value || '').trim().slice(0, 40) + '”';
        if (!document.documentElement.lang) problems.push('html has no lang attribute');
        if (!document.title.trim()) problems.push('the page has no title');
        const h1 = document.querySelectorAll('h1').length;
        if (h1 !== 1) problems.push('expected exactly one h1, found ' + h1);
        for (const el of document.querySelectorAll('input, select, textarea')) {
            if (el.type === 'hidden') continue;
            const labelled = (el.labels && [...el.labels].some(l => l.textContent.trim())) || (el.getAttribute('aria-label') || '').trim()
                || (el.getAttribute('aria-labelledby') || '').split(/\s+/).some(id => document.getElementById(id)?.textContent.trim());
            if (!labelled) problems.push('form control without a label: ' + describe(el));
        }
        for (const img of document.querySelectorAll('img')) if (!img.hasAttribute('alt')) problems.push('img without alt: ' + img.src);
        for (const svg of document.querySelectorAll('svg')) {
            if (svg.parentElement.closest('svg') || svg.closest('[aria-hidden="true"]')) continue;
            const named = (svg.getAttribute('aria-label') || '').trim()
                || (svg.getAttribute('aria-labelledby') || '').split(/\s+/).some(id => document.getElementById(id)?.textContent.trim());
            if (svg.getAttribute('role') !== 'img' || !named) problems.push('svg without role="img" and a text alternative: ' + (svg.id || svg.outerHTML.slice(0, 60)));
        }
        for (const el of document.querySelectorAll('[tabindex]')) if (parseInt(el.getAttribute('tabindex'), 10) > 0) problems.push('positive tabindex: ' + describe(el));
        for (const el of document.querySelectorAll('a[href], button')) {
            if (!(el.textContent || '').trim() && !(el.getAttribute('aria-label') || '').trim()) problems.push('link or button without text: ' + describe(el));
        }
        const ids = {};
        for (const el of document.querySelectorAll('[id]')) { if (ids[el.id]) problems.push('duplicate id: ' + el.id); ids[el.id] = true; }

        const parse = c => { const m = /rgba?\(([^)]+)\)/.exec(c); if (!m) return null; const p = m[1].split(/[\s,\/]+/).filter(Boolean).map(Number); return { r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1 }; };
        const blend = (top, under) => ({ r: top.r * top.a + under.r * (1 - top.a), g: top.g * top.a + under.g * (1 - top.a), b: top.b * top.a + under.b * (1 - top.a), a: 1 });
        const background = el => {
            const layers = [];
            for (let e = el; e; e = e.parentElement) { const c = parse(getComputedStyle(e).backgroundColor); if (c && c.a > 0) { layers.push(c); if (c.a >= 1) break; } }
            let result = { r: 255, g: 255, b: 255, a: 1 };
            for (const c of layers.reverse()) result = blend(c, result);
            return result;
        };
        const luminance = c => { const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); }; return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b); };
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        const seen = new Set();
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const el = node.parentElement;
            if (!el || seen.has(el) || !node.textContent.trim() || el.closest('svg')) continue;
            seen.add(el);
            const style = getComputedStyle(el);
            if (style.visibility === 'hidden' || el.getClientRects().length === 0) continue;
            const bg = background(el);
            const fg = blend(parse(style.color) || { r: 0, g: 0, b: 0, a: 1 }, bg);
            const [hi, lo] = [luminance(fg), luminance(bg)].sort((a, b) => b - a);
            const ratio = (hi + 0.05) / (lo + 0.05);
            const size = parseFloat(style.fontSize), bold = parseInt(style.fontWeight, 10) >= 700;
            const needed = size >= 24 || (size >= 18.66 && bold) ? 3 : 4.5;
            if (ratio < needed) problems.push('contrast ' + ratio.toFixed(2) + ':1 below ' + needed + ':1 for ' + describe(el));
        }
        return problems;
        """#

    /// Marks the elements Tab should visit, in DOM order, and returns how many there are.
    /// Radio groups count once (the checked radio, else the first); content of closed `details` is skipped.
    static let markFocusOrder = #"""
        const selector = 'a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex]:not([tabindex="-1"])';
        const groups = new Set();
        let index = 0;
        for (const el of document.querySelectorAll('[data-tab-order]')) el.removeAttribute('data-tab-order');
        for (const el of document.querySelectorAll(selector)) {
            if (el.disabled || getComputedStyle(el).visibility === 'hidden' || el.getClientRects().length === 0) continue;
            const closed = el.closest('details:not([open])');
            if (closed && !(el.tagName === 'SUMMARY' && el.parentElement === closed)) continue;
            if (el.type === 'radio') {
                if (groups.has(el.name)) continue;
                const checked = document.querySelector('input[type=radio][name="' + el.name + '"]:checked');
                groups.add(el.name);
                (checked || el).setAttribute('data-tab-order', String(index++));
                continue;
            }
            el.setAttribute('data-tab-order', String(index++));
        }
        if (document.activeElement) document.activeElement.blur();
        window.scrollTo(0, 0);
        return index;
        """#

    /// The `data-tab-order` of the focused element, or a description of an unexpected one.
    static let focusedOrder = #"""
        const el = document.activeElement;
        if (!el) return 'nothing';
        return el.hasAttribute('data-tab-order') ? el.getAttribute('data-tab-order') : el.tagName.toLowerCase() + (el.id ? '#' + el.id : '');
        """#

    /// Whether the page scrolls sideways, with the widths.
    static let horizontalOverflow = #"""
        const d = document.documentElement;
        return d.scrollWidth > d.clientWidth ? 'page is ' + d.scrollWidth + ' px wide in a ' + d.clientWidth + ' px viewport' : '';
        """#
}
