namespace Dialoogtafels.Persistence;

/// <summary>
/// Which strings PostgreSQL can store and compare as <c>text</c> in a UTF-8 database. Two kinds of .NET string
/// cannot: one with a NUL character (PostgreSQL documentation, "Character Types": "the character with code
/// zero … cannot be stored"; a parameter holding one fails with error 22021) and one with an unpaired UTF-16
/// surrogate (it has no UTF-8 encoding). Input is checked here before it reaches a statement: by the GraphQL
/// <c>String</c> scalar and by the export parameters, so both refuse the same text with the same message.
/// </summary>
public static class StorableText
{
    /// <summary>The reason given to clients for text that <see cref="IsStorable"/> refuses.</summary>
    public const string Refusal = "Text may not contain NUL characters or unpaired surrogates.";

    /// <summary>True unless <paramref name="text"/> holds a NUL character or an unpaired surrogate.</summary>
    public static bool IsStorable(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\0') return false;
            if (char.IsHighSurrogate(c) && (i + 1 >= text.Length || !char.IsLowSurrogate(text[++i]))) return false;
            if (char.IsLowSurrogate(c)) return false;
        }

        return true;
    }
}
