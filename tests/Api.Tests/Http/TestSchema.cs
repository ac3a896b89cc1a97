using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Dialoogtafels.Api.Tests.Http;

/// <summary>A tiny schema for the endpoint tests: no database, no real schema.</summary>
public sealed class TestSchema : Schema
{
    public TestSchema(IServiceProvider services) : base(services)
    {
        Query = services.GetRequiredService<TestQuery>();
        Mutation = services.GetRequiredService<TestMutation>();
    }
}

public sealed class TestQuery : ObjectGraphType
{
    public TestQuery()
    {
        Name = "Query";
        Field<StringGraphType>("hello")
            .Argument<StringGraphType>("name")
            .Resolve(context => $"Hello, {context.GetArgument("name", "world")}!");
        Field<TreeNodeType>("tree").Resolve(_ => new TreeNode(1));
        Field<StringGraphType>("boom").Resolve(_ => throw new InvalidOperationException("secret detail from the database"));
        Field<StringGraphType>("requestId")
            .Description("Identifies the DI scope the resolver got: the request's own.")
            .Resolve(context => context.RequestServices!.GetRequiredService<RequestScopedService>().Id.ToString());
        Field<StringGraphType>("userName").Resolve(context => context.User?.Identity?.Name);
    }
}

public sealed record TreeNode(int Level);

/// <summary>Nests without end: <c>tree { child { child { ... } } }</c>, for the depth limit.</summary>
public sealed class TreeNodeType : ObjectGraphType<TreeNode>
{
    public TreeNodeType()
    {
        Name = "TreeNode";
        Field(node => node.Level);
        Field<TreeNodeType>("child").Resolve(context => new TreeNode(context.Source.Level + 1));
        Field<ListGraphType<TreeNodeType>>("children")
            .Argument<IntGraphType>("first")
            .Resolve(context => Enumerable.Range(0, context.GetArgument("first", 2)).Select(_ => new TreeNode(context.Source.Level + 1)));
    }
}

public sealed class TestMutation : ObjectGraphType
{
    public TestMutation()
    {
        Name = "Mutation";
        Field<StringGraphType>("echo")
            .Argument<NonNullGraphType<StringGraphType>>("text")
            .Resolve(context => context.GetArgument<string>("text"));
    }
}

/// <summary>A scoped service: one per HTTP request when resolvers use the request's services.</summary>
public sealed class RequestScopedService
{
    public Guid Id { get; } = Guid.NewGuid();
}
