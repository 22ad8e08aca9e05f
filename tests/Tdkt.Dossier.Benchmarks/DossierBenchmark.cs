using BenchmarkDotNet.Attributes;
using Tdkt.Dossier.Documents;
using Tdkt.Dossier.Samples;
using Tdkt.Dossier.Versions;

namespace Tdkt.Dossier.Benchmarks;

/// <summary>
/// Writes the dossier of a 30-unit cluster, its four documents and the zip package, against the same paragraphs
/// and table cells written with bare Open XML SDK calls and packaged the same way. Ratio = platform ÷ bare.
/// </summary>
[MemoryDiagnoser]
public class DossierBenchmark
{
    public const int Units = 30;

    private static readonly (string Name, string Kind, Func<DossierInput, byte[]> Write)[] Kinds =
    [
        ("01-to-trinh.docx", "proposal-letter", DossierDocuments.ProposalLetter),
        ("02-bien-ban-hoi-nghi.docx", "minutes", DossierDocuments.Minutes),
        ("03-bang-tong-hop-diem.docx", "score-table", DossierDocuments.ScoreTable),
        ("04-bien-ban-kiem-phieu.docx", "vote-count", DossierDocuments.VoteCount),
    ];

    private static readonly DateTimeOffset CreatedAt = new(2023, 1, 16, 8, 0, 0, TimeSpan.FromHours(7));

    private DossierInput _input = null!;
    private List<Block>[] _shapes = null!;

    [GlobalSetup]
    public void Setup()
    {
        _input = GeneratedCluster.Input(Units);
        var written = Kinds.Select(k => k.Write(_input)).ToArray();
        _shapes = written.Select(DocumentShape.Read).ToArray();
        for (var i = 0; i < Kinds.Length; i++)
        {
            var platform = DocumentShape.Count(written[i]);
            var bare = DocumentShape.Count(BareDocument.Write(_shapes[i]));
            Console.WriteLine($"// {Kinds[i].Kind}: platform {platform.Paragraphs} paragraphs, {platform.Cells} cells; bare {bare.Paragraphs} paragraphs, {bare.Cells} cells");
            if (platform != bare)
                throw new InvalidOperationException($"The bare {Kinds[i].Kind} writes {bare} (paragraphs, cells), the platform {platform}.");
        }
    }

    [Benchmark]
    public byte[] Platform() => Package.Build(_input.ClusterId, _input.Year, 1, CreatedAt,
        Kinds.Select(k => new PackagePart(k.Name, k.Kind, k.Write(_input))).ToList()).Zip;

    [Benchmark(Baseline = true)]
    public byte[] BareOpenXml() => Package.Build(_input.ClusterId, _input.Year, 1, CreatedAt,
        Kinds.Select((k, i) => new PackagePart(k.Name, k.Kind, BareDocument.Write(_shapes[i]))).ToList()).Zip;
}
