using GraphQL.Types;
using GraphQLParser.AST;

namespace Dialoogtafels.Api.GraphQL.Common;

/// <summary>
/// The schema's <c>String</c> scalar (replacing the built-in one): as GraphQL's String, but input
/// that PostgreSQL cannot store — a NUL character or an unpaired UTF-16 surrogate — is an invalid
/// value, so the request fails validation (400) instead of failing in the database.
/// </summary>
public sealed class TextGraphType : StringGraphType
{
    public TextGraphType() => Name = "String";

    /// <inheritdoc />
    public override object? ParseLiteral(GraphQLValue value) => Checked(base.ParseLiteral(value));

    /// <inheritdoc />
    public override object? ParseValue(object? value) => Checked(base.ParseValue(value));

    /// <inheritdoc />
    public override bool CanParseLiteral(GraphQLValue value) => base.CanParseLiteral(value) && IsStorable(base.ParseLiteral(value));

    /// <inheritdoc />
    public override bool CanParseValue(object? value) => base.CanParseValue(value) && IsStorable(base.ParseValue(value));

    private static object? Checked(object? value) => IsStorable(value)
        ? value
        : throw new FormatException("Text may not contain NUL characters or unpaired surrogates.");

    private static bool IsStorable(object? value)
    {
        if (value is not string text) return true;
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
