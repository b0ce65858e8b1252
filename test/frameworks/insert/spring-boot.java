import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class MyController {

    @GetMapping("/existing")
    public String existing() {
        return "existing";
    }

    @GetMapping("/work")
    public ResponseEntity<?> work() {
        int value = 1;
        @@BODY@@
    }
}
@@TOP@@
