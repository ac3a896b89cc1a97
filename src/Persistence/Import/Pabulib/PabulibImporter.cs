using Dialoogtafels.Domain.Common;
using Dialoogtafels.Domain.Dialogues;
using Dialoogtafels.Domain.Ideas;
using Microsoft.EntityFrameworkCore;

namespace Dialoogtafels.Persistence.Import.Pabulib;

/// <summary>
/// Imports Pabulib <c>.pb</c> files (https://pabulib.org/format): each file (one participatory-budget
/// round) becomes a <see cref="Dialogue"/> of track <see cref="DialogueTrack.CommunityBudget"/>, each
/// project an <see cref="Idea"/> with <see cref="IdeaSource.Import"/>, each category a theme under
/// "Geïmporteerd". Re-importing a file updates what an earlier import wrote and never duplicates it.
/// </summary>
/// <remarks>
/// <para>Takes an <see cref="IDbContextFactory{TContext}"/> (registered by
/// <see cref="PersistenceServiceCollectionExtensions.AddDialoogtafelsPersistence"/>) and creates one
/// context per file, so a long run of files never accumulates tracked entities. The importer holds no
/// other state; one instance may import files one after another (not concurrently with itself on the
/// same round).</para>
/// <para>Per file: the whole file is parsed first (a <see cref="PabulibFormatException"/> leaves the
/// database untouched), then one transaction loads the dialogue by slug, the imported themes and the
/// round's existing ideas by <see cref="Idea.ExternalReference"/>, applies the file and saves once.</para>
/// <para>Created rows are PUBLISHED (dialogue in phase <see cref="DialoguePhase.Exploration"/>, organiser the
/// META <c>unit</c>). On re-import only values that come from the file are overwritten (dialogue title,
/// description, organiser, period; idea title, description, support, cost, selection, links to imported
/// themes); status, proposed actors, tables and links to other themes that editors set are kept. Ideas of
/// the dialogue that the file no longer lists are left alone and counted in
/// <see cref="PabulibImportResult.IdeasNotInFile"/>. VOTES rows (pseudonymous voter ids) are never stored.</para>
/// </remarks>
public sealed class PabulibImporter(IDbContextFactory<DialoogtafelsDbContext> contextFactory)
{
    /// <summary>Imports the <c>.pb</c> file at <paramref name="path"/> in one transaction.</summary>
    /// <param name="path">Path of a UTF-8 Pabulib file.</param>
    /// <param name="cancellationToken">Cancels the import; nothing is written then.</param>
    /// <returns>The dialogue's slug and what was created or updated.</returns>
    /// <exception cref="PabulibFormatException">The file is malformed; nothing of it was written.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="InvalidOperationException">The round's slug already belongs to a dialogue that is not a community-budget round.</exception>
    public async Task<PabulibImportResult> ImportFileAsync(string path, CancellationToken cancellationToken = default)
    {
        var file = await PabulibParser.ParseFileAsync(path, cancellationToken);
        var round = PabulibRound.From(file);
        var rows = MapProjects(file, round);

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        var (dialogue, dialogueCreated) = await UpsertDialogueAsync(db, round, cancellationToken);
        var themes = await ImportedThemes.LoadAsync(db, rows.SelectMany(r => r.ThemeLabels), cancellationToken);

        var references = rows.Select(r => r.ExternalReference).ToList();
        var dialogueId = dialogue.Id;
        var existing = await db.Ideas.AsTracking()
            .Include(i => i.Themes)
            .Where(i => references.Contains(i.ExternalReference!)
                || (dialogueId != 0 && i.DialogueId == dialogueId && i.Source == IdeaSource.Import))
            .ToListAsync(cancellationToken);
        var byReference = existing.Where(i => i.ExternalReference is not null)
            .ToDictionary(i => i.ExternalReference!, StringComparer.Ordinal);

        int created = 0, updated = 0, unchanged = 0;
        foreach (var row in rows)
        {
            var linked = row.ThemeLabels.Select(themes.For).Distinct().ToList();
            if (byReference.TryGetValue(row.ExternalReference, out var idea))
            {
                var changed = row.ApplyTo(idea, linked, themes.Root);
                if (dialogue.Id == 0 || idea.DialogueId != dialogue.Id)
                {
                    idea.Dialogue = dialogue;
                    changed = true;
                }

                if (changed) updated++;
                else unchanged++;
            }
            else
            {
                idea = new Idea
                {
                    Dialogue = dialogue,
                    Title = row.Title,
                    Source = IdeaSource.Import,
                    Status = PublicationStatus.Published,
                    ProposedActors = [],
                };
                row.ApplyTo(idea, linked, themes.Root);
                db.Ideas.Add(idea);
                created++;
            }
        }

        var inFile = references.ToHashSet(StringComparer.Ordinal);
        var notInFile = existing.Count(i => dialogueId != 0 && i.DialogueId == dialogueId
            && i.Source == IdeaSource.Import && (i.ExternalReference is null || !inFile.Contains(i.ExternalReference)));

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new PabulibImportResult(file.FileName, dialogue.Slug, dialogueCreated, created, updated, unchanged, themes.Created, notInFile);
    }

    private static List<PabulibIdeaValues> MapProjects(PabulibFile file, PabulibRound round)
    {
        var rows = new List<PabulibIdeaValues>(file.Projects.Count);
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var project in file.Projects)
        {
            var row = PabulibIdeaValues.From(round, project);
            if (!lines.TryAdd(row.ExternalReference, project.LineNumber))
                throw new PabulibFormatException(file.FileName, project.LineNumber,
                    $"project {project.Id} has the same reference as the project on line {lines[row.ExternalReference]} once cut to {Idea.ExternalReferenceMaxLength} characters");
            rows.Add(row);
        }

        return rows;
    }

    private static async Task<(Dialogue Dialogue, bool Created)> UpsertDialogueAsync(
        DialoogtafelsDbContext db, PabulibRound round, CancellationToken cancellationToken)
    {
        var dialogue = await db.Dialogues.AsTracking().SingleOrDefaultAsync(d => d.Slug == round.Slug, cancellationToken);
        var created = dialogue is null;
        if (dialogue is null)
        {
            dialogue = new Dialogue
            {
                Title = round.Title,
                Slug = round.Slug,
                Track = DialogueTrack.CommunityBudget,
                Phase = DialoguePhase.Exploration,
                Status = PublicationStatus.Published,
            };
            db.Dialogues.Add(dialogue);
        }
        else if (dialogue.Track != DialogueTrack.CommunityBudget)
        {
            throw new InvalidOperationException(
                $"{round.FileName}: dialogue slug '{round.Slug}' is in use by a dialogue of track {dialogue.Track}, not an imported community-budget round");
        }

        round.ApplyTo(dialogue);
        return (dialogue, created);
    }
}
