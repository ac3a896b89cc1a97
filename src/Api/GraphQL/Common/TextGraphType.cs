using GraphQL.Types;
using Dialoogtafels.Persistence;
using GraphQLParser.AST;

namespace Dialoogtafels.Api.GraphQL.Common;

/// <summary>
/// The schema's <c>String</c> scalar (replacing the built-in one): as GraphQL's String, but input
/// that PostgreSQL cannot store — a NUL character or an unpaired UTF-16 surrogate — is an invalid
/// value, so the request fails validation (400, code <c>INVALID_VALUE</c>) instead of failing in the
/// database. The rule is <see cref="StorableText"/>, which the export parameters apply too.
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

    private static object? Checked(object? value) => IsStorable(value) ? value : throw new FormatException(StorableText.Refusal);

    private static bool IsStorable(object? value) => value is not string text || StorableText.IsStorable(text);
}
