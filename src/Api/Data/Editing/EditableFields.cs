using Dialoogtafels.Persistence;
using System.Linq.Expressions;
using System.Reflection;
using Dialoogtafels.Api.Security;
using Dialoogtafels.Domain.Common;
using GraphQL;

namespace Dialoogtafels.Api.Data.Editing;

/// <summary>A declaration of an entity's editable fields, seen without its entity type.</summary>
public interface IEditableFields
{
    /// <summary>The entity.</summary>
    Type EntityType { get; }

    /// <summary>The GraphQL object type name of the entity, e.g. <c>Idea</c>; audit records and revisions name it.</summary>
    string TypeName { get; }

    /// <summary>The names of the entity's generated mutations.</summary>
    ContentMutationNames Mutations { get; }

    /// <summary>The editable fields in declaration order.</summary>
    IReadOnlyList<EditableField> Fields { get; }

    /// <summary>The role needed to create, edit and delete drafts of this entity.</summary>
    Role EditRole { get; }

    /// <summary>Rules over several fields, checked on the content an edit would save (see <see cref="ContentRule"/>).</summary>
    IReadOnlyList<ContentRule> Rules { get; }

    /// <summary>The links a create sets in the same write (e.g. <c>themeIds</c>); each is an input field of <c>create…</c>.</summary>
    IReadOnlyList<ICreateLinks> CreateLinks { get; }
}

/// <summary>
/// A rule over several fields of an entity: <paramref name="Holds"/> gets an entity with the content an
/// edit would save (the input merged over the current content) and the edit's database context (in
/// its transaction); when it does not hold, the edit is refused with a <c>ValidationError</c> at
/// <c>["input", Field]</c> saying <paramref name="Message"/>.
/// </summary>
public sealed record ContentRule(string Field, string Message, Func<ContentEntity, DialoogtafelsDbContext, CancellationToken, Task<bool>> Holds);

/// <summary>
/// The root fields of the CMS mutations of one entity, written out by its feature so that each
/// schema field name stands in the source where the feature is. HotChocolate's naming convention
/// <c>verbNoun</c> applies: e.g. <c>createIdea</c>, <c>submitForReviewIdea</c>; <c>ContentMutations</c>
/// refuses names that do not follow it (<see cref="InvalidOperationException"/> when the schema is built).
/// </summary>
public sealed record ContentMutationNames(
    string Create, string Update, string SubmitForReview, string Publish, string Unpublish, string Archive, string Delete, string Restore);

/// <summary>
/// Base of the editing declaration of an entity (one subclass per entity, in its feature folder):
/// the names of its mutations and one line per editable member. The CMS mutations of the entity —
/// create, update, submit for review, publish, unpublish, archive, delete, restore — are generated from it
/// (see <c>ContentMutations</c>).
/// </summary>
/// <param name="typeName">The GraphQL object type name of the entity.</param>
/// <param name="mutations">The names of its mutations.</param>
/// <param name="editRole">The role needed to create, edit and delete drafts.</param>
public abstract class EditableFields<T>(string typeName, ContentMutationNames mutations, Role editRole = Role.Editor) : IEditableFields where T : ContentEntity
{
    private readonly List<EditableField> fields = [];
    private readonly List<ContentRule> rules = [];
    private readonly List<ICreateLinks> createLinks = [];

    /// <inheritdoc />
    public Type EntityType => typeof(T);

    /// <inheritdoc />
    public string TypeName => typeName;

    /// <inheritdoc />
    public ContentMutationNames Mutations => mutations;

    /// <inheritdoc />
    public IReadOnlyList<EditableField> Fields => fields;

    /// <inheritdoc />
    public Role EditRole => editRole;

    /// <inheritdoc />
    public IReadOnlyList<ContentRule> Rules => rules;

    /// <inheritdoc />
    public IReadOnlyList<ICreateLinks> CreateLinks => createLinks;

    /// <summary>
    /// Lets <c>create…</c> set the links of <paramref name="links"/> under the input field <paramref name="name"/>
    /// (e.g. <c>themeIds</c>), in the same write as the item.
    /// </summary>
    /// <exception cref="ArgumentException">When <typeparamref name="T"/> is not a <typeparamref name="TSource"/>.</exception>
    protected void Links<TSource, TTarget>(LinkSet<TSource, TTarget> links, string name)
        where TSource : class
        where TTarget : ContentEntity
    {
        if (!typeof(TSource).IsAssignableFrom(typeof(T)))
            throw new ArgumentException($"{typeof(T).Name} is not a {typeof(TSource).Name}: it cannot have the links {links.Field}.", nameof(links));
        createLinks.Add(new CreateLinks<TSource, TTarget>(links, name));
    }

    /// <summary>A rule over several members; a violation is reported on <paramref name="member"/>'s input field.</summary>
    protected void Rule<TValue>(Expression<Func<T, TValue>> member, string message, Func<T, bool> holds) =>
        Rule(member, message, (e, _, _) => Task.FromResult(holds(e)));

    /// <summary>A rule that reads the database (e.g. that a referenced table belongs to the referenced dialogue): it reads what the Domain rule needs and calls it.</summary>
    protected void Rule<TValue>(Expression<Func<T, TValue>> member, string message, Func<T, DialoogtafelsDbContext, CancellationToken, Task<bool>> holds)
    {
        var property = PropertyOf(member);
        var name = fields.Single(f => f.Property == property).Name;
        rules.Add(new ContentRule(name, message, (e, db, ct) => holds((T)e, db, ct)));
    }

    /// <summary>A text member, trimmed, at most <paramref name="maxLength"/> characters.</summary>
    protected void Text(Expression<Func<T, string?>> member, int maxLength, bool required = false) =>
        Add(member, EditKind.Text, required, maxLength: maxLength);

    /// <summary>A slug member (format and uniqueness checked).</summary>
    protected void Slug(Expression<Func<T, string>> member) => Add(member, EditKind.Slug, required: true, maxLength: Slugs.MaxLength);

    /// <summary>A number or date member, at least <paramref name="minimum"/> when given.</summary>
    protected void Value<TValue>(Expression<Func<T, TValue>> member, bool required = false, decimal? minimum = null, decimal? maximum = null, int? decimals = null) =>
        Add(member, EditKind.Value, required, minimum: minimum, maximum: maximum, decimals: decimals);

    /// <summary>An enum member.</summary>
    protected void Choice<TEnum>(Expression<Func<T, TEnum>> member, bool required = false) => Add(member, EditKind.Enum, required);

    /// <summary>A list of enum values.</summary>
    protected void Choices<TEnum>(Expression<Func<T, List<TEnum>>> member) where TEnum : struct, Enum => Add(member, EditKind.EnumList, false);

    /// <summary>A foreign key to <typeparamref name="TTarget"/>, given as its global id under the name <paramref name="name"/> (e.g. <c>dialogueId</c>).</summary>
    protected void Reference<TTarget>(Expression<Func<T, int?>> member, string name, bool required = false) where TTarget : ContentEntity =>
        Add(member, EditKind.Reference, required, target: typeof(TTarget), name: name);

    /// <summary>A required foreign key to <typeparamref name="TTarget"/>.</summary>
    protected void Reference<TTarget>(Expression<Func<T, int>> member, string name) where TTarget : ContentEntity =>
        Add(member, EditKind.Reference, true, target: typeof(TTarget), name: name);

    private void Add(
        LambdaExpression member, EditKind kind, bool required, int? maxLength = null, decimal? minimum = null, Type? target = null, string? name = null,
        decimal? maximum = null, int? decimals = null)
    {
        var property = PropertyOf(member);
        fields.Add(new EditableField(name ?? property.Name.ToCamelCase(), property, kind, required, maxLength, minimum, target, maximum, decimals));
    }

    /// <summary>The property <paramref name="member"/> reads (<c>x =&gt; x.TableId</c>, also through a conversion).</summary>
    private static PropertyInfo PropertyOf(LambdaExpression member)
    {
        var body = member.Body is UnaryExpression { NodeType: ExpressionType.Convert } convert ? convert.Operand : member.Body;
        return (PropertyInfo)((MemberExpression)body).Member;
    }
}
