/// The head of Sanya's HTML documents, shared by the generated documentation, the reports (the record of
/// processing, the subject-access letter) and the runtime's pages for a unit's clients, so that they look and
/// declare themselves alike.
public enum HTMLDocument {
    /// The start of a page, to the end of `<head>`: Thai as the page's language, UTF-8, the shared style,
    /// and `extraStyle` for what a page adds to it.
    public static func head(title: String, extraStyle: String = "") -> String {
        """
        <!DOCTYPE html>
        <html lang="th">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(title)</title>
        \(style)\(extraStyle.isEmpty ? "" : "\n" + extraStyle)
        </head>
        """
    }

    /// The shared style sheet.
    public static let style = """
    <style>
      body { font-family: "Sarabun", "Noto Sans Thai", "Noto Sans", "Tahoma", sans-serif; margin: 2rem auto; max-width: 72rem; padding: 0 1rem; color: #1d2430; line-height: 1.5; }
      h1 { font-size: 1.6rem; margin-bottom: .2rem; } h2 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 1px solid #d8dee6; }
      table { border-collapse: collapse; width: 100%; margin: .5rem 0; } th, td { border: 1px solid #d8dee6; padding: .35rem .5rem; text-align: left; vertical-align: top; }
      th { background: #f3f5f8; } code, pre { font-family: "Noto Sans Mono", "DejaVu Sans Mono", monospace; font-size: .9em; }
      pre { background: #f3f5f8; padding: .6rem; overflow-x: auto; } .muted { color: #5b6573; }
      .status { display: inline-block; padding: .05rem .5rem; border-radius: .6rem; font-size: .85em; }
      .status-approved { background: #d9f2e3; } .status-draft { background: #fff1c2; } .status-revoked { background: #f8d7da; } .status-rejected { background: #e2e3e5; }
      .expired { color: #a61b29; font-weight: bold; } .expiring { color: #8a5a00; font-weight: bold; }
    </style>
    """
}
