namespace DiplomacyGraph.Domain.Loading;

/// <summary>Where a load or an ingest is: <paramref name="Done"/> of <paramref name="Total"/> steps, now doing <paramref name="Step"/>.</summary>
public sealed record LoadProgress(string Step, int Done, int Total);
