/// The HTML report's style, in the batch page's manner (`report.html`): one column that reads on a 360-px phone,
/// tables that scroll sideways in their own box, and a print form that needs no background to be read. A file
/// path or a `file:line:column` place has no space to break at: it breaks anywhere rather than widen the page.
/// Contrast (WCAG 2.1, 1.4.3) on the white page: text 17.2:1, secondary text 6.9:1, each outcome's word on its
/// tint at least 7:1; an outcome is also said by a symbol and a word, never by its colour alone.
enum HTMLReportStyle {
    static let css = """
        :root{--fg:#1b1b1b;--muted:#5a5a5a;--line:#d5d5d5;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
        body{margin:0;color:var(--fg);background:#fff;line-height:1.45}
        main,footer{max-width:70rem;margin:0 auto;padding:1rem}
        h1{font-size:1.5rem}h2{font-size:1.2rem;border-bottom:1px solid var(--line);padding-bottom:.2rem;margin-top:2rem}h3{font-size:1rem;margin:0 0 .5rem}
        h1,h3,dd,p,td,th{overflow-wrap:break-word}
        code{font-family:ui-monospace,"SF Mono",Menlo,Consolas,monospace;font-size:.85em;color:var(--muted)}
        h3 code,th code{font-weight:400}
        dd code,.where code,.reads code{overflow-wrap:anywhere}
        dl{display:grid;grid-template-columns:repeat(auto-fit,minmax(10rem,1fr));gap:.5rem;margin:0}
        dl .wide{grid-column:1/-1}dl>div{min-width:0}
        .score{grid-template-columns:repeat(auto-fit,minmax(13rem,1fr))}.score div{border:1px solid var(--line);border-radius:.4rem;padding:.4rem .6rem}
        dt{font-size:.8rem;color:var(--muted)}dd{margin:0;font-weight:600}
        .facts{display:block;border-top:1px solid var(--line)}
        .facts div{display:grid;grid-template-columns:12rem 1fr;gap:.2rem 1rem;padding:.35rem 0;border-bottom:1px solid var(--line)}
        .facts dt{font-size:.9rem}.facts dd{font-weight:400}
        @media (max-width:36rem){.facts div{grid-template-columns:1fr}.facts dt{font-size:.8rem}}
        .alert{color:#713f12;background:#fef3c7;border:1px solid currentColor;border-radius:.4rem;padding:.4rem .6rem}
        .big{font-size:1.6rem}.big .proposed{display:block;font-size:.9rem}.formula{color:var(--muted);font-size:.9rem}
        .table{overflow-x:auto;position:relative}.table:focus-visible{outline:2px solid var(--fg);outline-offset:2px}
        table{border-collapse:collapse;width:100%;font-size:.9rem}
        caption{text-align:left;font-weight:600;padding:.3rem 0;max-width:calc(100vw - 2rem)}
        th,td{border-bottom:1px solid var(--line);padding:.3rem .4rem;text-align:left;vertical-align:top}
        .num{text-align:right;font-variant-numeric:tabular-nums}
        .wide th[scope=row]{min-width:10rem}.wide td{min-width:5rem}.wide td:nth-child(2){min-width:7.5rem}.wide td:nth-child(6){min-width:9rem}.wide td:last-child{min-width:16rem}
        .reads{margin:0;padding:0;list-style:none;font-size:.85rem}.where{margin:.2rem 0 0;font-size:.85rem}
        .outcome{display:inline-block;white-space:nowrap;font-weight:600;border:1px solid currentColor;border-radius:.3rem;padding:0 .35rem}
        .ok{color:#14532d;background:#dcfce7}.bad{color:#7f1d1d;background:#fee2e2}.warn{color:#713f12;background:#fef3c7}
        .err{color:#581c87;background:#f3e8ff}.na{color:#404040;background:#f0f0f0}
        .proposed{font-style:italic;font-weight:400}
        .note{color:var(--muted)}
        .gaps{list-style:none;margin:0;padding:0}
        .gap{border:1px solid var(--line);border-left:.3rem solid var(--muted);border-radius:.4rem;padding:.7rem .8rem;margin:0 0 1rem}
        .gap dl{grid-template-columns:repeat(auto-fit,minmax(8rem,1fr))}.gap dd{font-weight:400}.todo{margin:.7rem 0 0}
        .nw{white-space:nowrap}
        @media (max-width:36rem){.wide,.wide caption,.wide tbody,.wide tr,.wide th,.wide td{display:block;min-width:0!important}.wide thead{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%)}
        .wide tr{border-bottom:2px solid var(--line);padding:.3rem 0}.wide th,.wide td{border:0;padding:.1rem .2rem}.wide td:empty{display:none}
        .wide td::before{content:attr(data-label) ": ";color:var(--muted);font-size:.8rem}}
        .vh{position:absolute;width:1px;height:1px;margin:-1px;padding:0;border:0;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
        dd{position:relative}
        footer{margin-top:1rem;color:var(--muted);font-size:.85rem}
        @media (max-width:24rem){main,footer{padding:.5rem}table{font-size:.85rem}th,td{padding:.2rem .25rem}}
        @media print{main,footer{max-width:none;padding:0}body{font-size:10pt}
        .keep,.gap,tr,.facts div,.score div{break-inside:avoid}h2,h3,caption{break-after:avoid}
        thead{display:table-header-group}.table{overflow:visible}.wide th[scope=row],.wide td{min-width:0!important}
        .outcome{background:none}}
        """
}
