package uz.yagona.ledger.web;

import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import uz.yagona.ledger.Hash;
import uz.yagona.ledger.Ledger;
import uz.yagona.ledger.LoggedEntry;
import uz.yagona.ledger.MerkleVerifier;
import uz.yagona.ledger.TreeHead;
import uz.yagona.shared.InvalidValueException;

/** "Is this document in the ledger?": the file is hashed here and never stored. */
@Controller
@RequestMapping("/ledger")
class LedgerPageController {

    private static final int MAX_SHOWN = 20;

    private final Ledger ledger;

    LedgerPageController(Ledger ledger) {
        this.ledger = ledger;
    }

    /** The page, and the look-up by a digest computed on the user's own machine (no upload, no size limit). */
    @GetMapping
    String page(@RequestParam(required = false) @Nullable String digest, Model model) {
        var head = ledger.latestTreeHead();
        model.addAttribute("head", head.orElse(null));
        if (digest != null && !digest.isBlank()) {
            try {
                show(Hash.fromHex(digest), head, model);
            } catch (InvalidValueException e) {
                model.addAttribute("digestError", "ledger.hash.hex");
                model.addAttribute("digestValue", digest);
            }
        }
        return "ledger/check";
    }

    @PostMapping
    String check(@RequestParam(required = false) MultipartFile document, Model model) throws IOException {
        var head = ledger.latestTreeHead();
        model.addAttribute("head", head.orElse(null));
        if (document == null || document.isEmpty()) {
            model.addAttribute("error", "ledger.check.noFile");
            return "ledger/check";
        }
        model.addAttribute("fileName", document.getOriginalFilename());
        show(sha256(document.getInputStream()), head, model);
        return "ledger/check";
    }

    private void show(Hash digest, Optional<TreeHead> head, Model model) {
        var findings = new ArrayList<Finding>();
        if (head.isPresent()) {
            for (var logged : ledger.entriesWithDigest(digest, MAX_SHOWN)) {
                if (logged.index() < head.get().treeSize()) {
                    var proof = ledger.inclusionProof(logged.index(), head.get().treeSize());
                    findings.add(new Finding(logged, proof.treeSize(),
                            proof.auditPath().stream().map(Hash::base64).toList(),
                            MerkleVerifier.verifyInclusion(proof, logged.leafHash(), head.get().rootHash())));
                }
            }
        }
        model.addAttribute("digest", digest);
        model.addAttribute("findings", findings);
    }

    private static Hash sha256(InputStream in) throws IOException {
        try (var digesting = new DigestInputStream(in, java.security.MessageDigest.getInstance("SHA-256"))) {
            digesting.transferTo(java.io.OutputStream.nullOutputStream());
            return new Hash(digesting.getMessageDigest().digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An entry found for the document, its audit path against the latest head and whether that verified. */
    record Finding(LoggedEntry entry, long treeSize, List<String> auditPath, boolean verified) {
    }
}
