using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Dialoogtafels.Domain.Common;

/// <summary>
/// Slug rules: lower-case ASCII letters and digits in groups joined by single hyphens
/// (<c>^[a-z0-9]+(-[a-z0-9]+)*$</c>), at most <see cref="MaxLength"/> characters.
/// </summary>
public static partial class Slugs
{
    /// <summary>Maximum slug length, in characters.</summary>
    public const int MaxLength = 120;

    /// <summary>True when <paramref name="slug"/> follows the slug rules.</summary>
    public static bool IsValid(string? slug) =>
        !string.IsNullOrEmpty(slug) && slug.Length <= MaxLength && SlugPattern().IsMatch(slug);

    /// <summary>
    /// Makes a slug from a Dutch title: diacritics removed ("Geïmporteerd" → "geimporteerd"),
    /// everything other than letters and digits becomes one hyphen, cut at <see cref="MaxLength"/>.
    /// Returns "item" for a title without letters or digits.
    /// </summary>
    public static string From(string title)
    {
        var decomposed = title.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingHyphen = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            var lower = char.ToLowerInvariant(c);
            if (lower is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                if (pendingHyphen && builder.Length > 0) builder.Append('-');
                pendingHyphen = false;
                builder.Append(lower);
            }
            else
            {
                pendingHyphen = true;
            }
        }

        var slug = builder.Length == 0 ? "item" : builder.ToString();
        return slug.Length <= MaxLength ? slug : slug[..MaxLength].TrimEnd('-');
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();
}
