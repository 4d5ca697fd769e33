package uz.yagona.portal.applications;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import uz.yagona.payments.InvoicePaid;

/** A paid fee moves its application on; the payments module names the application as the invoice's reference. */
@Component
class PaymentsListener {

    private final Applications applications;

    PaymentsListener(Applications applications) {
        this.applications = applications;
    }

    @ApplicationModuleListener
    void on(InvoicePaid paid) {
        if (paid.reference().startsWith("ARZ-")) {
            applications.paid(paid);
        }
    }
}
