using GraphQL;

namespace Dialoogtafels.Api.Export;

/// <summary>How exports spell values that have no text of their own.</summary>
public static class ExportValues
{
    /// <summary>An enum value as the GraphQL schema names it (<c>CivilSociety</c> → <c>CIVIL_SOCIETY</c>); null stays null.</summary>
    public static string? Name<TEnum>(TEnum? value) where TEnum : struct, Enum => value?.ToString().ToConstantCase();

    /// <summary>An enum value as the GraphQL schema names it.</summary>
    public static string Name<TEnum>(TEnum value) where TEnum : struct, Enum => value.ToString().ToConstantCase();
}
