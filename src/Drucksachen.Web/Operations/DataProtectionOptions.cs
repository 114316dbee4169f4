namespace Drucksachen.Web.Operations;

/// <summary>How the Data Protection keys in the database are themselves protected (section "Web:DataProtection").</summary>
public sealed class DataProtectionOptions
{
    /// <summary>
    /// A PKCS#12 file (.pfx) with a certificate and its private key; the same on every node. With it,
    /// the keys are stored encrypted to the certificate, so reading the database (or a backup) is not
    /// enough to forge a sign-in cookie. Without it they are stored as they are.
    /// </summary>
    public string? CertificateFile { get; set; }

    public string? CertificatePassword { get; set; }
}
