using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;

namespace Dialoogtafels.Api.Security;

/// <summary>
/// Authorization as metadata on fields and types (the pattern of OrchardCore's
/// <c>RequirePermission</c>), enforced before execution by <see cref="AuthorizationValidationRule"/>
/// and again in the write path.
/// </summary>
public static class Authorization
{
    /// <summary>Metadata key holding the minimum <see cref="Role"/>.</summary>
    public const string MetadataKey = "authorization.role";

    /// <summary>Code of the error when the caller is anonymous.</summary>
    public const string NotAuthenticated = "AUTH_NOT_AUTHENTICATED";

    /// <summary>Code of the error when the caller's role is too low.</summary>
    public const string NotAuthorized = "AUTH_NOT_AUTHORIZED";

    /// <summary>Only callers with <paramref name="role"/> or higher may select this field.</summary>
    public static FieldBuilder<TSource, TReturn> RequireRole<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, Role role)
    {
        field.FieldType.Metadata[MetadataKey] = role;
        return field;
    }

    /// <summary>Only callers with <paramref name="role"/> or higher may select fields of this type (or of the root type).</summary>
    public static TType RequireRole<TType>(this TType type, Role role) where TType : IProvideMetadata
    {
        type.Metadata[MetadataKey] = role;
        return type;
    }

    /// <summary>The minimum role set on <paramref name="element"/>, if any.</summary>
    public static Role? RequiredRole(this IProvideMetadata element) =>
        element.Metadata.TryGetValue(MetadataKey, out var value) && value is Role role ? role : null;
}
