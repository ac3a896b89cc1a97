using Dialoogtafels.Domain.Common;
using Dialoogtafels.Domain.Themes;
using Microsoft.EntityFrameworkCore;

namespace Dialoogtafels.Persistence.Import.Pabulib;

/// <summary>
/// The themes imported category labels map to: children of the parent theme "Geïmporteerd" (slug
/// <c>geimporteerd</c>, created PUBLISHED when missing). A label reuses the child whose name has the
/// label's slug (<see cref="Slugs.From"/>; so "Groen en Duurzaamheid" and "Groen en duurzaamheid" share
/// one theme), else the child whose slug is the label's slug. A theme alias (<see cref="ThemeAlias"/>,
/// matched regardless of case) comes first: editors map raw labels such as "Meer groen" onto a theme
/// of the taxonomy, and later imports follow that mapping. A new child gets the label's slug, or —
/// when that slug belongs to a theme outside "Geïmporteerd" — the first free "{slug}-2", "{slug}-3", ….
/// Loaded and created in the caller's context; nothing is saved here.
/// </summary>
internal sealed class ImportedThemes
{
    /// <summary>Slug of the parent theme.</summary>
    public const string RootSlug = "geimporteerd";

    /// <summary>Name of the parent theme.</summary>
    public const string RootName = "Geïmporteerd";

    private readonly Dictionary<string, Theme> byKey;

    private ImportedThemes(Theme root, Dictionary<string, Theme> byKey, int created)
    {
        Root = root;
        this.byKey = byKey;
        Created = created;
    }

    /// <summary>The parent theme "Geïmporteerd" (tracked; new when its <see cref="ContentEntity.Id"/> is 0).</summary>
    public Theme Root { get; }

    /// <summary>Number of themes added to the context, the parent included.</summary>
    public int Created { get; }

    /// <summary>Loads (tracking) the parent and its children and adds a child for every label that has none.</summary>
    public static async Task<ImportedThemes> LoadAsync(
        DialoogtafelsDbContext db, IEnumerable<string> labels, CancellationToken cancellationToken)
    {
        var created = 0;
        var root = await db.Themes.AsTracking().SingleOrDefaultAsync(t => t.Slug == RootSlug, cancellationToken);
        if (root is null)
        {
            root = new Theme
            {
                Name = RootName,
                Slug = RootSlug,
                Description = "Categorieën uit geïmporteerde bestanden, zoals de thema's van participatiebegrotingen (Pabulib).",
                Status = PublicationStatus.Published,
            };
            db.Themes.Add(root);
            created++;
        }

        var children = root.Id == 0
            ? []
            : await db.Themes.AsTracking().Where(t => t.ParentId == root.Id).OrderBy(t => t.Id).ToListAsync(cancellationToken);
        var byKey = new Dictionary<string, Theme>(StringComparer.Ordinal);
        foreach (var child in children) byKey.TryAdd(Slugs.From(child.Name), child);
        foreach (var child in children.Where(c => !c.Slug.StartsWith(Slugs.From(c.Name) + "-", StringComparison.Ordinal)))
            byKey.TryAdd(child.Slug, child);

        var lowered = labels.Select(l => l.ToLowerInvariant()).Distinct().ToList();
        var aliased = await (from alias in db.ThemeAliases
                             join theme in db.Themes.AsTracking() on alias.ThemeId equals theme.Id
                             where lowered.Contains(alias.Label.ToLower())
                             select new { alias.Label, Theme = theme }).ToListAsync(cancellationToken);
        foreach (var alias in aliased) byKey[Slugs.From(alias.Label)] = alias.Theme;

        var missing = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var label in labels)
        {
            var key = Slugs.From(label);
            if (!byKey.ContainsKey(key)) missing.TryAdd(key, label);
        }

        if (missing.Count > 0)
        {
            var keys = missing.Keys.ToList();
            var taken = (await db.Themes.Where(t => keys.Contains(t.Slug)).Select(t => t.Slug).ToListAsync(cancellationToken))
                .ToHashSet(StringComparer.Ordinal);
            taken.Add(RootSlug);
            foreach (var (key, label) in missing)
            {
                var slug = taken.Contains(key) ? await FreeSlugAsync(db, key, taken, cancellationToken) : key;
                taken.Add(slug);
                var theme = new Theme
                {
                    Name = ImportText.Cap(label, Theme.NameMaxLength),
                    Slug = slug,
                    Parent = root,
                    Status = PublicationStatus.Published,
                };
                db.Themes.Add(theme);
                byKey[key] = theme;
                created++;
            }
        }

        return new ImportedThemes(root, byKey, created);
    }

    /// <summary>The theme of <paramref name="label"/>; it must have been among the labels passed to <see cref="LoadAsync"/>.</summary>
    public Theme For(string label) => byKey[Slugs.From(label)];

    private static async Task<string> FreeSlugAsync(
        DialoogtafelsDbContext db, string key, HashSet<string> taken, CancellationToken cancellationToken)
    {
        for (var n = 2; ; n++)
        {
            var suffix = "-" + n;
            var candidate = (key.Length + suffix.Length <= Slugs.MaxLength ? key : key[..(Slugs.MaxLength - suffix.Length)].TrimEnd('-')) + suffix;
            if (taken.Contains(candidate)) continue;
            if (!await db.Themes.AnyAsync(t => t.Slug == candidate, cancellationToken)) return candidate;
            taken.Add(candidate);
        }
    }
}
