package hu.insurer.lifeaccess;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class LifeAccessApplication {

    public static void main(String[] args) {
        SpringApplication.run(LifeAccessApplication.class, args);
    }
}
