using System.Threading.RateLimiting;
using Dialoogtafels.Persistence;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation;
using Microsoft.Extensions.Options;

namespace Dialoogtafels.Api.Http;

/// <summary>
/// Runs the expensive GraphQL requests one after the other, so that normal traffic keeps the rest of the
/// machine (issue 13 §2: normal anonymous traffic keeps its p99 within 2× of its baseline while attackers send
/// the heaviest requests the limits accept). A request is expensive when its complexity
/// (<see cref="GraphQLRequestLimits"/>, computed before execution) is at least
/// <see cref="GraphQLHttpOptions.ExpensiveComplexity"/>: after validation and before its first resolver it waits for
/// one of the <see cref="GraphQLHttpOptions.MaxExpensiveRequests"/> permits of an ASP.NET Core
/// <see cref="ConcurrencyLimiter"/> (oldest first, at most <see cref="GraphQLHttpOptions.ExpensiveRequestQueue"/>
/// waiting), and then runs with at most <see cref="GraphQLHttpOptions.MaxConnectionsPerExpensiveRequest"/> database
/// connections (of its <see cref="ConnectionLimit"/>); once it was answered, its permit rests before the next
/// expensive request takes it, so that expensive work takes at most <see cref="GraphQLHttpOptions.ExpensiveShare"/> of
/// the time of one permit. Cheaper requests never wait here. Waiting ends with the
/// request's deadline (503 <c>TIMEOUT</c>); with the queue full the request is answered 503 with <c>Retry-After</c>
/// and <c>SERVER_BUSY</c> (<see cref="HttpRequestError.ServerBusy"/>) at once.
/// </summary>
/// <remarks>
/// The complexity reaches the lane through the execution's user context (<see cref="CostKey"/>): the complexity
/// rule writes it when it runs (<see cref="RecordCost"/>), and for a cached document whose complexity no variable
/// changes the endpoint writes the value kept on the cache entry (<see cref="ValidatedDocument.Complexity"/>).
/// Measured with <c>bench/attack/under-load</c> (bench/README.md, "Normal traffic under attack").
/// </remarks>
internal sealed class ExpensiveRequestLane : IDocumentExecutionListener, IDisposable
{
    /// <summary>The <c>Retry-After</c> of a request refused with the queue full, in seconds.</summary>
    public const int RetryAfterSeconds = 5;

    /// <summary>The user-context key of the request's complexity (a <see cref="double"/>).</summary>
    public const string CostKey = "dialoogtafels:complexity";

    private const string TurnKey = "dialoogtafels:expensiveTurn";

    private readonly GraphQLHttpOptions options;
    private readonly ConcurrencyLimiter limiter;

    /// <summary>Creates the lane from the endpoint's options.</summary>
    public ExpensiveRequestLane(IOptions<GraphQLHttpOptions> options)
    {
        this.options = options.Value;
        limiter = new ConcurrencyLimiter(new ConcurrencyLimiterOptions
        {
            PermitLimit = Math.Max(1, this.options.MaxExpensiveRequests),
            QueueLimit = Math.Max(0, this.options.ExpensiveRequestQueue),
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
    }

    /// <summary>
    /// For the complexity analysis (<c>ComplexityOptions.ValidateComplexityDelegate</c>): remembers the
    /// request's complexity in its user context.
    /// </summary>
    public static void RecordCost(ValidationContext context, double complexity) => context.UserContext[CostKey] = complexity;

    /// <summary>
    /// The request's passage through the lane, kept in <paramref name="userContext"/> for the execution: its permit is
    /// given back once both the execution and the answer ended (<see cref="Turn.End"/> from each), so that writing a
    /// large response still counts as the request's work.
    /// </summary>
    public static Turn Begin(IDictionary<string, object?> userContext)
    {
        var turn = new Turn();
        userContext[TurnKey] = turn;
        return turn;
    }

    /// <inheritdoc/>
    public Task AfterValidationAsync(IExecutionContext context, IValidationResult validationResult) => Task.CompletedTask;

    /// <inheritdoc/>
    public async Task BeforeExecutionAsync(IExecutionContext context)
    {
        if (options.ExpensiveComplexity <= 0
            || !context.UserContext.TryGetValue(TurnKey, out var value) || value is not Turn turn
            || !context.UserContext.TryGetValue(CostKey, out var complexity) || complexity is not double cost || cost < options.ExpensiveComplexity) return;

        var lease = await limiter.AcquireAsync(1, context.CancellationToken);
        if (!lease.IsAcquired)
        {
            lease.Dispose();
            turn.Busy = true;
            throw new ExecutionError("The server is busy with other expensive requests; try again later.") { Code = HttpRequestError.ServerBusyCode };
        }

        turn.HoldPermit(lease, RestFactor);
        if (ConnectionLimit.Current is { } connections)
        {
            turn.Hold(await connections.WithholdAsync(
                connections.MaxConnections - Math.Clamp(options.MaxConnectionsPerExpensiveRequest, 1, connections.MaxConnections), context.CancellationToken));
        }
    }

    // How long the permit stays taken after a request, relative to how long it ran: (1 − share) / share.
    private double RestFactor => options.ExpensiveShare is > 0 and < 1 ? (1 - options.ExpensiveShare) / options.ExpensiveShare : 0;

    /// <inheritdoc/>
    public Task AfterExecutionAsync(IExecutionContext context) => Task.CompletedTask;

    /// <inheritdoc/>
    public void Dispose() => limiter.Dispose();

    /// <summary>
    /// One request's passage through the lane: what it holds (the permit, withheld connections) until it ended. The
    /// permit goes back after a rest as long as the request held it times the rest factor, so the lane is busy at most
    /// <see cref="GraphQLHttpOptions.ExpensiveShare"/> of the time.
    /// </summary>
    public sealed class Turn
    {
        private readonly List<IDisposable> held = [];
        private int parties = 2; // the execution and the answer
        private RateLimitLease? permit;
        private long taken;
        private double restFactor;

        /// <summary>Whether the request was refused because the queue was full (then answer <see cref="HttpRequestError.ServerBusy"/>).</summary>
        public bool Busy { get; set; }

        /// <summary>Keeps the lane's <paramref name="lease"/> until the turn ends, and then for <paramref name="rest"/> times as long.</summary>
        public void HoldPermit(RateLimitLease lease, double rest)
        {
            lock (held)
            {
                permit = lease;
                restFactor = rest;
                taken = System.Diagnostics.Stopwatch.GetTimestamp();
            }
        }

        /// <summary>Keeps <paramref name="item"/> until the turn ends (called by the execution, before it ends).</summary>
        public void Hold(IDisposable item)
        {
            lock (held) held.Add(item);
        }

        /// <summary>Called once when the execution ended and once when the answer was written (or given up); the second gives everything back.</summary>
        public void End()
        {
            if (Interlocked.Decrement(ref parties) != 0) return;
            RateLimitLease? lease;
            TimeSpan rest;
            lock (held)
            {
                for (var i = held.Count - 1; i >= 0; i--) held[i].Dispose();
                held.Clear();
                lease = permit;
                permit = null;
                rest = lease is null ? TimeSpan.Zero : System.Diagnostics.Stopwatch.GetElapsedTime(taken) * restFactor;
            }

            if (lease is null) return;
            if (rest <= TimeSpan.Zero) lease.Dispose();
            else _ = Task.Delay(rest).ContinueWith(_ => lease.Dispose(), TaskScheduler.Default);
        }
    }
}
