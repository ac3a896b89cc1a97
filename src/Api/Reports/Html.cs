using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Dialoogtafels.Api.Reports;

/// <summary>
/// HTML encoding of every piece of content in a report (text and attribute values): <c>&lt;</c>, <c>&gt;</c>,
/// <c>&amp;</c>, quotes and the like become character references; letters of every script, such as the
/// Dutch "ë", stay as they are (the page is UTF-8).
/// </summary>
internal static class Html
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>The encoded text; empty for null.</summary>
    public static string Encode(string? value) => value is null ? "" : Encoder.Encode(value);
}
