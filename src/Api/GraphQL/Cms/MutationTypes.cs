using Dialoogtafels.Api.Data.Editing;
using GraphQL;
using GraphQL.Types;

namespace Dialoogtafels.Api.GraphQL.Cms;

/// <summary>
/// Builds the input, payload and error-union types of mutations in HotChocolate's mutation
/// conventions: <c>verbNoun(input: VerbNounInput!): VerbNounPayload!</c>, the payload holding the
/// changed item under its type's name and <c>errors: [VerbNounError!]</c>, a union of
/// <c>ValidationError</c>, <c>NotFoundError</c>, <c>ConcurrencyError</c> and <c>NotAuthorizedError</c>.
/// </summary>
public static class MutationTypes
{
    /// <summary>The payload type <c>{Verb}{Noun}Payload</c> over <see cref="WriteResult"/>; the item under <paramref name="itemField"/> of type <paramref name="itemType"/>.</summary>
    public static IGraphType Payload(string mutationName, string itemField, IGraphType itemType)
    {
        var prefix = char.ToUpperInvariant(mutationName[0]) + mutationName[1..];
        var errors = new UnionGraphType { Name = prefix + "Error", Description = $"The errors {mutationName} can return." };
        errors.Type<ValidationErrorType>();
        errors.Type<NotFoundErrorType>();
        errors.Type<ConcurrencyErrorType>();
        errors.Type<NotAuthorizedErrorType>();
        var payload = new ObjectGraphType { Name = prefix + "Payload", Description = $"The result of {mutationName}." };
        payload.Field(itemField, itemType).Description("The item as saved; null when the mutation failed.")
            .Resolve(context => ((WriteResult)context.Source!).Entity);
        payload.Field("errors", new ListGraphType(new NonNullGraphType(errors)))
            .Description("Why nothing was changed; null when the mutation succeeded.")
            .Resolve(context => ((WriteResult)context.Source!).Problems is { Count: > 0 } problems ? problems : null);
        return new NonNullGraphType(payload);
    }

    /// <summary>An input type named <paramref name="name"/> with <c>id: ID!</c> and the given extra fields.</summary>
    public static InputObjectGraphType ForItem(string name, string description, bool versionRequired, params (string Name, IGraphType Type, string Description)[] extra)
    {
        var input = new InputObjectGraphType { Name = name, Description = description };
        input.Field("id", new NonNullGraphType(new GraphQLTypeReference("ID"))).Description("The global id of the item.");
        input.Field("expectedVersion", versionRequired ? new NonNullGraphType(new GraphQLTypeReference("Int")) : new GraphQLTypeReference("Int"))
            .Description("The version you read; a mismatch returns ConcurrencyError with the current version.");
        foreach (var (fieldName, type, fieldDescription) in extra) input.Field(fieldName, type).Description(fieldDescription);
        return input;
    }

    /// <summary>The GraphQL input type of an editable field; non-null when <paramref name="nonNull"/>.</summary>
    public static IGraphType InputTypeOf(EditableField field, bool nonNull)
    {
        IGraphType type = field.Kind switch
        {
            EditKind.Text or EditKind.Slug => new GraphQLTypeReference("String"),
            EditKind.Reference => new GraphQLTypeReference("ID"),
            EditKind.Enum => new GraphQLTypeReference(field.ValueType.Name),
            EditKind.EnumList => new ListGraphType(new NonNullGraphType(new GraphQLTypeReference(field.ValueType.GetGenericArguments()[0].Name))),
            EditKind.Value => new GraphQLTypeReference(ScalarOf(field.ValueType)),
            _ => throw new NotSupportedException(field.Kind.ToString()),
        };
        return nonNull ? new NonNullGraphType(type) : type;
    }

    /// <summary>Describes an editable field for its input: kind, limits, and what happens to a published item.</summary>
    public static string DescriptionOf(EditableField field) => field.Kind switch
    {
        EditKind.Text => $"Text, at most {field.MaxLength} characters (trimmed).",
        EditKind.Slug => "Lower-case letters and digits joined by hyphens; unique.",
        EditKind.Reference => $"The global id of an existing {field.Target!.Name}.",
        EditKind.Value when field.Minimum is { } min && field.Maximum is { } max =>
            $"At least {min}, at most {max.ToString(System.Globalization.CultureInfo.InvariantCulture)}{(field.Decimals is { } d ? $", with at most {d} decimals" : "")}.",
        EditKind.Value when field.Minimum is { } min => $"At least {min}.",
        _ => "",
    };

    private static string ScalarOf(Type type) =>
        type == typeof(int) ? "Int" : type == typeof(long) ? "Long" : type == typeof(decimal) ? "Decimal"
        : type == typeof(double) ? "Float" : type == typeof(DateOnly) ? "Date" : type == typeof(DateTimeOffset) ? "DateTime"
        : type == typeof(bool) ? "Boolean" : throw new NotSupportedException(type.Name);
}
