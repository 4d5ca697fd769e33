package uz.yagona.ledger.web;

import static org.springframework.http.HttpStatus.NOT_FOUND;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import uz.yagona.ledger.Hash;
import uz.yagona.ledger.Ledger;

/** The public ledger API: no login, everything needed to audit the log independently. */
@RestController
@RequestMapping("/api/v1/ledger")
class LedgerApiController {

    static final String PEM = "application/x-pem-file";

    private final Ledger ledger;

    LedgerApiController(Ledger ledger) {
        this.ledger = ledger;
    }

    /** The latest signed tree head, or the one published at {@code treeSize}. */
    @GetMapping("/tree-head")
    TreeHeadJson treeHead(@RequestParam @Nullable Long treeSize) {
        var head = treeSize == null ? ledger.latestTreeHead() : ledger.treeHead(treeSize);
        return head.map(found -> TreeHeadJson.of(found, ledger.origin()))
                .orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
    }

    @GetMapping("/entries/{index}")
    EntryJson entry(@PathVariable long index) {
        return ledger.entry(index).map(EntryJson::of).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
    }

    /** The audit path of the first leaf with {@code leafHash} (base64url) in the tree of {@code treeSize}. */
    @GetMapping("/proofs/inclusion")
    InclusionJson inclusion(@RequestParam String leafHash, @RequestParam long treeSize) {
        return ledger.inclusionProof(Hash.fromBase64(leafHash), treeSize).map(InclusionJson::of)
                .orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
    }

    @GetMapping("/proofs/consistency")
    ConsistencyJson consistency(@RequestParam long first, @RequestParam long second) {
        return ConsistencyJson.of(ledger.consistencyProof(first, second));
    }

    @GetMapping(path = "/public-key", produces = PEM)
    String publicKey() {
        return ledger.publicKeyPem();
    }

    /** The latest tree head as a C2SP tlog-checkpoint signed note. */
    @GetMapping(path = "/checkpoint", produces = MediaType.TEXT_PLAIN_VALUE + ";charset=UTF-8")
    String checkpoint() {
        return ledger.checkpoint().orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
    }
}
