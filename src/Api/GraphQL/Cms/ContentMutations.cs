using Dialoogtafels.Api.Data.Catalog;
using Dialoogtafels.Api.Data.Editing;
using Dialoogtafels.Api.GraphQL.Common;
using Dialoogtafels.Domain.Common;
using GraphQL;
using GraphQL.Types;

namespace Dialoogtafels.Api.GraphQL.Cms;

/// <summary>
/// Generates the content mutations of every entity whose declaration has editable fields
/// (<see cref="EntityDescriptor.Editing"/>, an <see cref="EditableFields{T}"/> subclass in its feature
/// folder), under the names it writes out (<see cref="ContentMutationNames"/>): <c>create{T}</c>,
/// <c>update{T}</c> (partial: only the fields given change), <c>submitForReview{T}</c>, <c>publish{T}</c>,
/// <c>unpublish{T}</c>, <c>archive{T}</c>, <c>delete{T}</c> (soft) and <c>restore{T}</c>; entities in
/// the order of their type names. <c>create{T}</c> also takes the links the declaration lets a create set
/// (<see cref="IEditableFields.CreateLinks"/>, e.g. <c>themeIds</c>).
/// </summary>
/// <param name="catalog">The entities of the schema.</param>
public sealed class ContentMutations(EntityCatalog catalog) : IMutationFields
{
    /// <inheritdoc />
    /// <exception cref="InvalidOperationException">When a declared mutation name does not follow <c>verb{TypeName}</c>.</exception>
    public void AddTo(ObjectGraphType mutation)
    {
        var add = typeof(ContentMutations).GetMethod(nameof(Add), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!;
        foreach (var fields in catalog.Entities.Select(e => e.Editing).OfType<IEditableFields>().OrderBy(d => d.TypeName, StringComparer.Ordinal))
            add.MakeGenericMethod(fields.EntityType).CreateDelegate<Action<ObjectGraphType, IEditableFields>>()(mutation, fields);
    }

    private static void Add<T>(ObjectGraphType mutation, IEditableFields fields) where T : ContentEntity
    {
        var type = fields.TypeName;
        var names = fields.Mutations;
        var itemField = char.ToLowerInvariant(type[0]) + type[1..];
        var item = new GraphQLTypeReference(type);

        var create = new InputObjectGraphType { Name = $"Create{type}Input", Description = $"The fields of a new {type}; it starts as a draft." };
        var update = MutationTypes.ForItem($"Update{type}Input",
            $"The fields to change; fields you leave out stay as they are. A published {type} keeps its public version until the change is published.",
            versionRequired: true);
        foreach (var field in fields.Fields)
        {
            create.Field(field.Name, MutationTypes.InputTypeOf(field, field.Required)).Description(MutationTypes.DescriptionOf(field));
            update.Field(field.Name, MutationTypes.InputTypeOf(field, false)).Description(MutationTypes.DescriptionOf(field));
        }

        foreach (var links in fields.CreateLinks)
        {
            create.Field(links.Name, new ListGraphType(new NonNullGraphType(new GraphQLTypeReference("ID"))))
                .Description($"The global ids of the {links.TargetNoun}s to link the new {type} to, in the same write (duplicates are ignored). "
                             + $"An id that names no existing {links.TargetNoun} is a `ValidationError` at `[\"input\", \"{links.Name}\", i]`, and nothing is created.");
        }

        Mutation(mutation, Named(names.Create, "create", type), create, itemField, item, $"Creates a draft {type}.",
            (context, input, writer) => writer.CreateAsync<T>(fields, input, context.CancellationToken));
        Mutation(mutation, Named(names.Update, "update", type), update, itemField, item, $"Changes a {type} (partial update).",
            (context, input, writer) => writer.UpdateAsync<T>(fields, (string)input["id"]!, (int)input["expectedVersion"]!, input, context.CancellationToken));

        foreach (var (change, verb, declared, description) in new[]
                 {
                     (StateChange.SubmitForReview, "submitForReview", names.SubmitForReview, "Asks a publisher to review a draft {0} (or the pending draft of a published one)."),
                     (StateChange.Publish, "publish", names.Publish, "Publishes a {0}, including its pending draft. Requires PUBLISHER."),
                     (StateChange.Unpublish, "unpublish", names.Unpublish, "Takes a {0} back to draft; the public no longer sees it. Requires PUBLISHER."),
                     (StateChange.Archive, "archive", names.Archive, "Archives a {0}: withdrawn from the public, kept for the record. Requires PUBLISHER."),
                     (StateChange.Delete, "delete", names.Delete, "Deletes a {0}, softly: it can be restored. Deleting published content requires PUBLISHER."),
                     (StateChange.Restore, "restore", names.Restore, "Restores a deleted {0}."),
                 })
        {
            var name = Named(declared, verb, type);
            var versionRequired = change is StateChange.SubmitForReview or StateChange.Publish or StateChange.Unpublish or StateChange.Archive;
            var input = MutationTypes.ForItem($"{char.ToUpperInvariant(verb[0])}{verb[1..]}{type}Input", string.Format(description, type), versionRequired);
            Mutation(mutation, name, input, itemField, item, string.Format(description, type),
                (context, values, writer) => writer.ChangeStateAsync<T>(fields, (string)values["id"]!, values.TryGetValue("expectedVersion", out var v) ? (int?)v : null, change, context.CancellationToken));
        }
    }

    // The declared name, checked against HotChocolate's verbNoun convention that the input and payload names follow.
    private static string Named(string declared, string verb, string type) =>
        declared == verb + type ? declared
        : throw new InvalidOperationException($"The {verb} mutation of {type} is declared as `{declared}`; it must be `{verb}{type}`.");

    /// <summary>Adds <c>{name}(input: {Name}Input!): {Name}Payload!</c> resolved by <paramref name="write"/>.</summary>
    internal static void Mutation(
        ObjectGraphType mutation, string name, IGraphType input, string itemField, IGraphType itemType, string description,
        Func<IResolveFieldContext, IDictionary<string, object?>, ContentWriter, Task<WriteResult>> write) =>
        mutation.Field(name, MutationTypes.Payload(name, itemField, itemType))
            .Description(description)
            .Argument(new NonNullGraphType(input), "input", argument => argument.Description = "The mutation's input.")
            .ResolveAsync(async context =>
                await write(context, context.GetArgument<Dictionary<string, object?>>("input"), context.Service<ContentWriter>()));
}
